package org.athanor.sql.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.DefaultDialect;
import org.athanor.dialect.Dialect;
import org.athanor.engine.StatementKind;
import org.athanor.exc.CompileException;
import org.athanor.exc.UnsupportedCompilationException;
import org.athanor.sql.Alias;
import org.athanor.sql.BindParameter;
import org.athanor.sql.CacheKey;
import org.athanor.sql.ClauseElement;
import org.athanor.sql.ColumnClause;
import org.athanor.sql.CompoundSelect;
import org.athanor.sql.Delete;
import org.athanor.sql.DmlStatement;
import org.athanor.sql.Expression;
import org.athanor.sql.FromClause;
import org.athanor.sql.Insert;
import org.athanor.sql.Join;
import org.athanor.sql.Label;
import org.athanor.sql.OrderByItem;
import org.athanor.sql.Select;
import org.athanor.sql.SelectBase;
import org.athanor.sql.Statement;
import org.athanor.sql.Subquery;
import org.athanor.sql.TableClause;
import org.athanor.sql.TextStatement;
import org.athanor.sql.Update;
import org.athanor.sql.schema.Column;

/**
 * The statement compiler (seed 003's Compiler): turns a statement of the expression language into SQL text
 * with JDBC {@code ?} placeholders, the ordered bind slots that feed them, the result columns and what the
 * engine needs to execute it. This class renders generic, ANSI-like SQL; a dialect's kit subclasses it and
 * overrides the hooks its database renders differently — {@link #limitClause}, {@link #fromDual},
 * {@link #aliasKeyword}, {@link #returningClause}, {@link #compoundKeyword}, {@link #compoundMember},
 * {@link #defaultValuesClause}, {@link #joinClause}, {@link #orderByItem}, and those of
 * {@link ExpressionCompiler}.
 *
 * <p>Single-use and not thread-safe: {@code Dialect.statementCompiler()} makes a new one per statement.
 */
public class StatementCompiler extends ExpressionCompiler {
    private final Deque<Set<FromClause>> fromStack = new ArrayDeque<>();
    private final Deque<SelectBase> selectStack = new ArrayDeque<>();
    private Set<String> parameterKeys = Set.of();
    private int depth;
    private StatementKind kind = StatementKind.OTHER;
    private boolean returnsRows;
    private List<String> primaryKeyColumns = List.of();
    private final List<ResultColumn> resultColumns = new ArrayList<>();
    private final Map<Object, Integer> keyIndex = new IdentityHashMap<>();

    /**
     * Creates a compiler.
     *
     * @param dialect the dialect
     */
    public StatementCompiler(Dialect dialect) {
        super(dialect);
    }

    /**
     * Compiles a statement.
     *
     * @param statement the statement
     * @param key its cache key (bind parameter order and execution parameter names)
     * @return the value-free compiled form
     */
    public CompiledTemplate compile(Statement statement, CacheKey key) {
        begin(key);
        parameterKeys = key.parameterKeys();
        process(statement);
        return new CompiledTemplate(sql.toString(), kind, returnsRows, slots(), primaryKeyColumns, resultColumns,
                keyIndex);
    }

    /**
     * Renders any element as SQL text with {@code ?} placeholders, for reading (used by {@code toString()}).
     *
     * @param element the element
     * @return the SQL
     */
    public String render(ClauseElement element) {
        process(element);
        return sql.toString();
    }

    /**
     * Renders an element with bind parameters as literals (for DDL: defaults, CHECK conditions).
     *
     * @param element the element
     * @return the SQL
     */
    public String renderInline(ClauseElement element) {
        setLiteralBinds(true);
        process(element);
        return sql.toString();
    }

    /** @return whether the element being compiled is the outermost statement */
    protected boolean isTopLevel() {
        return depth == 1;
    }

    // ------------------------------------------------------------------ SELECT

    @Override
    public void visitSelect(Select select) {
        Set<FromClause> enclosing = takeCorrelation() && !fromStack.isEmpty() ? fromStack.peek() : Set.of();
        depth++;
        List<FromClause> froms = displayFroms(select, enclosing);
        Set<FromClause> scope = new LinkedHashSet<>(enclosing);
        for (FromClause f : froms) {
            scope.addAll(f.coveredFroms());
        }
        fromStack.push(scope);
        selectStack.push(select);
        if (isTopLevel()) {
            kind = StatementKind.SELECT;
            returnsRows = true;
            describeResult(select.selectedColumns(), select.columnNames());
        }
        renderSelect(select, froms, true);
        selectStack.pop();
        fromStack.pop();
        depth--;
    }

    /**
     * Renders a SELECT's clauses.
     *
     * @param select the SELECT
     * @param froms its FROM list, from {@link #displayFroms}
     * @param withLimit whether to render LIMIT / OFFSET (a dialect that wraps the query renders them itself)
     */
    protected void renderSelect(Select select, List<FromClause> froms, boolean withLimit) {
        sql.append("SELECT ");
        if (select.isDistinct()) {
            sql.append("DISTINCT ");
        }
        selectColumns(select.selectedColumns(), select.columnNames());
        if (froms.isEmpty()) {
            sql.append(fromDual());
        } else {
            sql.append(" FROM ");
            fromList(froms);
        }
        whereClause(select, froms);
        if (!select.groupByExpressions().isEmpty()) {
            sql.append(" GROUP BY ");
            for (int i = 0; i < select.groupByExpressions().size(); i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                process(select.groupByExpressions().get(i));
            }
        }
        if (select.havingClause() != null) {
            sql.append(" HAVING ");
            condition(select.havingClause());
        }
        orderByClause(select.orderByItems());
        if (withLimit) {
            limitClause(select);
        }
    }

    /**
     * Renders the WHERE clause of a SELECT.
     *
     * @param select the SELECT
     * @param froms its FROM list
     */
    protected void whereClause(Select select, List<FromClause> froms) {
        if (select.whereClause() != null) {
            sql.append(" WHERE ");
            condition(select.whereClause());
        }
    }

    /**
     * Renders a FROM list.
     *
     * @param froms the elements
     */
    protected void fromList(List<FromClause> froms) {
        for (int i = 0; i < froms.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            process(froms.get(i));
        }
    }

    /**
     * Renders a column list with labels where a column's result name is not its natural name.
     *
     * @param columns the expressions
     * @param names their result names
     */
    protected void selectColumns(List<Expression<?>> columns, List<String> names) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Expression<?> e = columns.get(i);
            process(e);
            if (e instanceof Label<?> || !names.get(i).equals(e.naturalName())) {
                sql.append(" AS ").append(preparer.quote(names.get(i)));
            }
        }
    }

    /**
     * Works out a SELECT's FROM list: explicit elements, then the tables its columns and WHERE clause refer
     * to, without tables covered by a join in the list and, when correlating, without tables of the
     * enclosing SELECT (unless that would leave none).
     *
     * @param select the SELECT
     * @param enclosing the enclosing SELECT's FROM elements when correlating, else empty
     * @return the FROM list
     */
    protected List<FromClause> displayFroms(Select select, Set<FromClause> enclosing) {
        Set<FromClause> all = new LinkedHashSet<>(select.explicitFroms());
        for (Expression<?> c : select.selectedColumns()) {
            all.addAll(c.referencedFroms());
        }
        if (select.whereClause() != null) {
            all.addAll(select.whereClause().referencedFroms());
        }
        List<FromClause> out = new ArrayList<>();
        for (FromClause f : all) {
            boolean covered = false;
            for (FromClause g : all) {
                if (g != f && g.coveredFroms().contains(f)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(f);
            }
        }
        if (!enclosing.isEmpty()) {
            List<FromClause> correlated = new ArrayList<>(out);
            correlated.removeIf(enclosing::contains);
            if (!correlated.isEmpty()) {
                return correlated;
            }
        }
        return out;
    }

    /** @return what a SELECT without FROM elements gets: nothing by default, {@code FROM DUAL} on Oracle */
    protected String fromDual() {
        return "";
    }

    /**
     * Renders ORDER BY.
     *
     * @param items the items
     */
    protected void orderByClause(List<OrderByItem> items) {
        if (items.isEmpty()) {
            return;
        }
        sql.append(" ORDER BY ");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            process(items.get(i));
        }
    }

    @Override
    public void visitOrderBy(OrderByItem item) {
        orderByItem(item);
    }

    /**
     * Renders one ORDER BY item; a label of the SELECT is referred to by name; NULLS FIRST / LAST is
     * emulated with an {@code x IS NULL} key where the database lacks it.
     *
     * @param item the item
     */
    protected void orderByItem(OrderByItem item) {
        Expression<?> e = item.expression();
        boolean emulate = item.nulls() != null && !has(Capabilities.Feature.NULLS_ORDERING);
        if (emulate) {
            orderExpression(e);
            sql.append(item.nulls() == OrderByItem.Nulls.FIRST ? " IS NULL DESC, " : " IS NULL, ");
        }
        orderExpression(e);
        if (item.direction() != null) {
            sql.append(' ').append(item.direction().name());
        }
        if (item.nulls() != null && !emulate) {
            sql.append(" NULLS ").append(item.nulls().name());
        }
    }

    private void orderExpression(Expression<?> e) {
        SelectBase current = selectStack.peek();
        if (e instanceof Label<?> l && current != null && containsIdentity(current.selectedColumns(), l)) {
            sql.append(preparer.quote(l.name()));
        } else if (current instanceof CompoundSelect && e instanceof ColumnClause<?> c) {
            sql.append(preparer.quote(c.name()));
        } else {
            process(e);
        }
    }

    private static boolean containsIdentity(List<?> list, Object o) {
        for (Object x : list) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renders LIMIT and OFFSET ({@code LIMIT ? OFFSET ?} by default).
     *
     * @param select the SELECT or compound
     */
    protected void limitClause(SelectBase select) {
        if (select.limitParameter() != null) {
            sql.append(" LIMIT ");
            process(select.limitParameter());
        }
        if (select.offsetParameter() != null) {
            sql.append(" OFFSET ");
            process(select.offsetParameter());
        }
    }

    // ------------------------------------------------------------------ compound SELECT

    @Override
    public void visitCompound(CompoundSelect compound) {
        takeCorrelation();
        depth++;
        if ((compound.kind() == CompoundSelect.Kind.INTERSECT || compound.kind() == CompoundSelect.Kind.EXCEPT)
                && !has(Capabilities.Feature.INTERSECT_EXCEPT)) {
            throw new UnsupportedCompilationException(compound.kind().sql() + " is not supported by dialect "
                    + dialect.name() + " (server " + dialect.serverVersion() + ").");
        }
        if (isTopLevel()) {
            kind = StatementKind.SELECT;
            returnsRows = true;
            describeResult(compound.selectedColumns(), compound.columnNames());
        }
        selectStack.push(compound);
        for (int i = 0; i < compound.selects().size(); i++) {
            if (i > 0) {
                sql.append(' ').append(compoundKeyword(compound.kind())).append(' ');
            }
            compoundMember(compound.selects().get(i));
        }
        orderByClause(compound.orderByItems());
        limitClause(compound);
        selectStack.pop();
        depth--;
    }

    /**
     * Returns the keyword of a set operation.
     *
     * @param k the operation
     * @return its SQL ({@code UNION}, ...; Oracle says {@code MINUS} for EXCEPT)
     */
    protected String compoundKeyword(CompoundSelect.Kind k) {
        return k.sql();
    }

    /**
     * Renders one member of a set operation; a member with ORDER BY, LIMIT or OFFSET, or itself a compound,
     * is parenthesized.
     *
     * @param member the member
     */
    protected void compoundMember(SelectBase member) {
        boolean wrap = member instanceof CompoundSelect || !member.orderByItems().isEmpty()
                || member.limitParameter() != null || member.offsetParameter() != null;
        if (wrap) {
            sql.append('(');
        }
        subquery(member, false);
        if (wrap) {
            sql.append(')');
        }
    }

    // ------------------------------------------------------------------ FROM elements

    @Override
    public void visitTable(TableClause table) {
        sql.append(preparer.formatTable(table));
    }

    @Override
    public void visitAlias(Alias alias) {
        FromClause original = alias.original();
        if (original instanceof TableClause t) {
            sql.append(preparer.formatTable(t));
        } else if (original instanceof Subquery s) {
            sql.append('(');
            subquery(s.selectStatement(), false);
            sql.append(')');
        } else {
            process(original);
        }
        sql.append(aliasKeyword()).append(preparer.quote(alias.name()));
    }

    @Override
    public void visitSubquery(Subquery subquery) {
        sql.append('(');
        subquery(subquery.selectStatement(), false);
        sql.append(')').append(aliasKeyword()).append(preparer.quote(subquery.name()));
    }

    /** @return the text between a FROM element and its alias: {@code " AS "}, or {@code " "} on Oracle */
    protected String aliasKeyword() {
        return " AS ";
    }

    @Override
    public void visitJoin(Join join) {
        joinClause(join);
    }

    /**
     * Renders a join: {@code a JOIN b ON c}, {@code LEFT OUTER JOIN}, {@code FULL OUTER JOIN}.
     *
     * @param join the join
     */
    protected void joinClause(Join join) {
        if (join.type() == Join.Type.FULL && !has(Capabilities.Feature.FULL_OUTER_JOIN)) {
            throw new UnsupportedCompilationException("FULL OUTER JOIN is not supported by dialect "
                    + dialect.name() + "; use a UNION of a LEFT and a RIGHT-side outer join.");
        }
        process(join.left());
        sql.append(switch (join.type()) {
            case INNER -> " JOIN ";
            case LEFT -> " LEFT OUTER JOIN ";
            case FULL -> " FULL OUTER JOIN ";
        });
        boolean nested = join.right() instanceof Join;
        if (nested) {
            sql.append('(');
        }
        process(join.right());
        if (nested) {
            sql.append(')');
        }
        sql.append(" ON ");
        condition(join.on());
    }

    @Override
    public void visitColumn(ColumnClause<?> column) {
        FromClause t = column.table();
        if (t != null) {
            sql.append(qualifier(t)).append('.');
        }
        sql.append(preparer.quote(column.name()));
    }

    /**
     * Returns how columns of a FROM element are qualified: the table's (schema-qualified) name, or the
     * alias or subquery name.
     *
     * @param from the element
     * @return the qualifier
     */
    protected String qualifier(FromClause from) {
        if (from instanceof TableClause t) {
            return preparer.formatTable(t);
        }
        if (from instanceof Alias a) {
            return preparer.quote(a.name());
        }
        if (from instanceof Subquery s) {
            return preparer.quote(s.name());
        }
        throw new CompileException("A column of " + from.description() + " cannot be qualified.");
    }

    // ------------------------------------------------------------------ INSERT, UPDATE, DELETE

    @Override
    public void visitInsert(Insert insert) {
        depth++;
        boolean top = isTopLevel();
        if (top) {
            kind = StatementKind.INSERT;
        }
        TableClause table = insert.table();
        fromStack.push(Set.of(table));
        sql.append("INSERT INTO ").append(preparer.formatTable(table));
        if (insert.rows() != null) {
            multiRowValues(table, insert.rows());
        } else if (insert.fromSelectStatement() != null) {
            sql.append(" (");
            names(insert.fromSelectColumns());
            sql.append(") ");
            subquery(insert.fromSelectStatement(), false);
        } else {
            singleRowValues(insert);
            if (top && !table.primaryKeyColumns().isEmpty()) {
                List<String> pk = new ArrayList<>();
                for (ColumnClause<?> c : table.primaryKeyColumns()) {
                    pk.add(c.name());
                }
                primaryKeyColumns = pk;
            }
        }
        returningClause(insert, StatementKind.INSERT);
        fromStack.pop();
        depth--;
    }

    private void multiRowValues(TableClause table, List<Map<String, Expression<?>>> rows) {
        if (rows.size() > 1 && !has(Capabilities.Feature.MULTI_ROW_INSERT)) {
            throw new UnsupportedCompilationException("A multi-row INSERT is not supported by dialect "
                    + dialect.name() + "; execute the INSERT with a list of parameter sets instead.");
        }
        List<String> names = new ArrayList<>();
        for (ColumnClause<?> c : table.columns()) {
            if (rows.get(0).containsKey(c.name())) {
                names.add(c.name());
            }
        }
        sql.append(" (");
        names(names);
        sql.append(") VALUES ");
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                sql.append(", ");
            }
            sql.append('(');
            List<Expression<?>> values = new ArrayList<>();
            for (String n : names) {
                values.add(rows.get(r).get(n));
            }
            list(values);
            sql.append(')');
        }
    }

    private void names(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(preparer.quote(names.get(i)));
        }
    }

    private void singleRowValues(Insert insert) {
        List<String> names = new ArrayList<>();
        List<Runnable> values = new ArrayList<>();
        for (ColumnClause<?> col : insert.table().columns()) {
            Expression<?> given = insert.columnValues().get(col.name());
            if (given != null) {
                names.add(col.name());
                values.add(() -> process(given));
            } else if (parameterKeys.contains(col.name())) {
                names.add(col.name());
                values.add(() -> parameterPlaceholder(col.name(), col.type()));
            } else if (col instanceof Column<?> sc && sc.clientDefault() != null) {
                Supplier<?> def = sc.clientDefault();
                names.add(col.name());
                values.add(() -> defaultPlaceholder(col.name(), col.type(), def));
            } else if (col instanceof Column<?> sc && sc.sequence() != null && has(Capabilities.Feature.SEQUENCES)) {
                names.add(col.name());
                values.add(() -> process(sc.sequence().nextValue()));
            }
        }
        if (names.isEmpty()) {
            defaultValuesClause(insert);
            return;
        }
        sql.append(" (");
        names(names);
        sql.append(") VALUES (");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            values.get(i).run();
        }
        sql.append(')');
    }

    /**
     * Renders an INSERT of a row with no values given ({@code DEFAULT VALUES} by default).
     *
     * @param insert the INSERT
     */
    protected void defaultValuesClause(Insert insert) {
        sql.append(" DEFAULT VALUES");
    }

    @Override
    public void visitUpdate(Update update) {
        depth++;
        if (isTopLevel()) {
            kind = StatementKind.UPDATE;
        }
        TableClause table = update.table();
        fromStack.push(Set.of(table));
        sql.append("UPDATE ").append(preparer.formatTable(table)).append(" SET ");
        int n = 0;
        for (ColumnClause<?> col : table.columns()) {
            Expression<?> given = update.columnValues().get(col.name());
            boolean fromParams = given == null && parameterKeys.contains(col.name())
                    && !namedBindKeys().contains(col.name());
            if (given == null && !fromParams) {
                continue;
            }
            if (n++ > 0) {
                sql.append(", ");
            }
            sql.append(preparer.quote(col.name())).append(" = ");
            if (given != null) {
                process(given);
            } else {
                parameterPlaceholder(col.name(), col.type());
            }
        }
        if (n == 0) {
            throw new CompileException("This UPDATE of " + table.description() + " sets no column; give values"
                    + " with values(...) or in the execution parameters.");
        }
        if (update.whereClause() != null) {
            sql.append(" WHERE ");
            condition(update.whereClause());
        }
        returningClause(update, StatementKind.UPDATE);
        fromStack.pop();
        depth--;
    }

    @Override
    public void visitDelete(Delete delete) {
        depth++;
        if (isTopLevel()) {
            kind = StatementKind.DELETE;
        }
        fromStack.push(Set.of(delete.table()));
        sql.append("DELETE FROM ").append(preparer.formatTable(delete.table()));
        if (delete.whereClause() != null) {
            sql.append(" WHERE ");
            condition(delete.whereClause());
        }
        returningClause(delete, StatementKind.DELETE);
        fromStack.pop();
        depth--;
    }

    /**
     * Renders RETURNING, failing where the dialect's capabilities lack it for the statement kind.
     *
     * @param statement the statement
     * @param statementKind INSERT, UPDATE or DELETE
     */
    protected void returningClause(DmlStatement statement, StatementKind statementKind) {
        List<Expression<?>> columns = statement.returningColumns();
        if (columns.isEmpty()) {
            return;
        }
        checkReturning(statementKind);
        sql.append(" RETURNING ");
        returningColumns(statement);
        if (isTopLevel()) {
            describeReturning(statement);
        }
    }

    /**
     * Renders the RETURNING column list (qualified columns, labels where needed).
     *
     * @param statement the statement
     */
    protected void returningColumns(DmlStatement statement) {
        if (qualifyReturningColumns()) {
            selectColumns(statement.returningColumns(), statement.returningNames());
            return;
        }
        List<Expression<?>> columns = statement.returningColumns();
        List<String> names = statement.returningNames();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Expression<?> e = columns.get(i);
            if (e instanceof ColumnClause<?> c && c.table() == statement.table()) {
                sql.append(preparer.quote(c.name()));
            } else {
                process(e);
            }
            if (!names.get(i).equals(e.naturalName())) {
                sql.append(" AS ").append(preparer.quote(names.get(i)));
            }
        }
    }

    /**
     * Tells whether RETURNING columns of the target table are qualified by its name ({@code RETURNING
     * users.id}); SQLite and MariaDB want bare names.
     *
     * @return whether to qualify (true by default)
     */
    protected boolean qualifyReturningColumns() {
        return true;
    }

    /**
     * Records that the outermost statement returns the rows of its RETURNING list.
     *
     * @param statement the statement
     */
    protected void describeReturning(DmlStatement statement) {
        returnsRows = true;
        describeResult(statement.returningColumns(), statement.returningNames());
    }

    /**
     * Fails unless the dialect supports RETURNING for a statement kind.
     *
     * @param statementKind the kind
     */
    protected void checkReturning(StatementKind statementKind) {
        Capabilities.Feature f = switch (statementKind) {
            case INSERT -> Capabilities.Feature.INSERT_RETURNING;
            case UPDATE -> Capabilities.Feature.UPDATE_RETURNING;
            default -> Capabilities.Feature.DELETE_RETURNING;
        };
        if (!has(f)) {
            throw new UnsupportedCompilationException("RETURNING is not supported for " + statementKind
                    + " by dialect " + dialect.name() + " (server " + dialect.serverVersion() + "); read the"
                    + " data back with a SELECT instead.");
        }
    }

    // ------------------------------------------------------------------ text

    @Override
    public void visitText(TextStatement text) {
        depth++;
        if (isTopLevel()) {
            kind = dialect instanceof DefaultDialect d ? d.textKind(text.text()) : StatementKind.OTHER;
            returnsRows = kind == StatementKind.SELECT || !text.resultColumns().isEmpty();
            List<Expression<?>> cols = new ArrayList<>(text.resultColumns());
            List<String> names = new ArrayList<>();
            for (ColumnClause<?> c : text.resultColumns()) {
                names.add(c.name());
            }
            describeResult(cols, names);
        }
        for (Object part : text.parts()) {
            if (part instanceof TextStatement.ParameterRef ref) {
                BindParameter<?> b = text.bindParameters().get(ref.name());
                if (b != null) {
                    process(b);
                } else {
                    parameterPlaceholder(ref.name(), text.parameterType(ref.name()));
                }
            } else {
                sql.append((String) part);
            }
        }
        depth--;
    }

    // ------------------------------------------------------------------ result description

    /**
     * Records the result columns of the outermost statement: names, types, processors and the objects
     * rows can be read by.
     *
     * @param columns the expressions
     * @param names their result names
     */
    protected void describeResult(List<? extends Expression<?>> columns, List<String> names) {
        resultColumns.clear();
        keyIndex.clear();
        for (int i = 0; i < columns.size(); i++) {
            Expression<?> e = columns.get(i);
            resultColumns.add(new ResultColumn(names.get(i), e.type(), types.resultProcessor(e.type())));
            keyIndex.putIfAbsent(e, i);
            if (e instanceof Label<?> l) {
                keyIndex.putIfAbsent(l.element(), i);
            }
        }
    }
}
