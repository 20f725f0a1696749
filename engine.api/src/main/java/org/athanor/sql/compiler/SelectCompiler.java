package org.athanor.sql.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Dialect;
import org.athanor.engine.StatementKind;
import org.athanor.exc.CompileException;
import org.athanor.exc.UnsupportedCompilationException;
import org.athanor.sql.Alias;
import org.athanor.sql.ColumnClause;
import org.athanor.sql.CompoundSelect;
import org.athanor.sql.Expression;
import org.athanor.sql.FromClause;
import org.athanor.sql.Join;
import org.athanor.sql.Label;
import org.athanor.sql.OrderByItem;
import org.athanor.sql.Select;
import org.athanor.sql.SelectBase;
import org.athanor.sql.Subquery;
import org.athanor.sql.TableClause;

/**
 * The SELECT half of the statement compiler: SELECT and set operations, FROM lists with joins, aliases and
 * subqueries, correlation of nested SELECTs, ORDER BY, LIMIT and OFFSET, and the description of the result
 * (column names, types, processors). Dialects override its hooks — {@link #limitClause}, {@link #fromDual},
 * {@link #aliasKeyword}, {@link #compoundKeyword}, {@link #compoundMember}, {@link #joinClause},
 * {@link #orderByItem}, {@link #fromList}, {@link #whereClause} — in their {@link StatementCompiler}.
 *
 * <p>Single-use and not thread-safe: a dialect makes a new compiler per statement.
 */
public abstract class SelectCompiler extends ExpressionCompiler {
    private final Deque<Set<FromClause>> fromStack = new ArrayDeque<>();
    private final Deque<SelectBase> selectStack = new ArrayDeque<>();
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
    protected SelectCompiler(Dialect dialect) {
        super(dialect);
    }

    /** @return whether the element being compiled is the outermost statement */
    protected boolean isTopLevel() {
        return depth == 1;
    }


    /**
     * Enters a statement nested at the next depth, whose tables nested SELECTs correlate to.
     *
     * @param scope the FROM elements of the statement
     */
    protected void enter(Set<FromClause> scope) {
        depth++;
        fromStack.push(scope);
    }

    /** Leaves the statement entered last. */
    protected void leave() {
        fromStack.pop();
        depth--;
    }

    /**
     * Records the kind of the outermost statement (ignored for nested ones).
     *
     * @param statementKind the kind
     */
    protected void statementKind(StatementKind statementKind) {
        if (isTopLevel()) {
            kind = statementKind;
        }
    }

    /**
     * Records whether the outermost statement returns rows.
     *
     * @param rows whether it does
     */
    protected void returnsRows(boolean rows) {
        returnsRows = rows;
    }

    /**
     * Records the primary key columns an INSERT reports.
     *
     * @param columns the column names
     */
    protected void primaryKeyColumns(List<String> columns) {
        primaryKeyColumns = List.copyOf(columns);
    }

    /**
     * Returns the compiled form of what was written.
     *
     * @return the template
     */
    protected CompiledTemplate template() {
        return new CompiledTemplate(sql.toString(), kind, returnsRows, slots(), primaryKeyColumns, resultColumns,
                keyIndex);
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
            sql.append(compoundMemberOpening());
        }
        subquery(member, false);
        if (wrap) {
            sql.append(')');
        }
    }

    /**
     * Returns what opens a wrapped set-operation member: {@code (} by default; SQLite, which takes no
     * parentheses there, writes {@code SELECT * FROM (}.
     *
     * @return the opening
     */
    protected String compoundMemberOpening() {
        return "(";
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
