package org.athanor.sql.compiler;

import java.util.ArrayList;
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
import org.athanor.sql.BindParameter;
import org.athanor.sql.CacheKey;
import org.athanor.sql.ClauseElement;
import org.athanor.sql.ColumnClause;
import org.athanor.sql.Delete;
import org.athanor.sql.DmlStatement;
import org.athanor.sql.Expression;
import org.athanor.sql.Insert;
import org.athanor.sql.Statement;
import org.athanor.sql.TableClause;
import org.athanor.sql.TextStatement;
import org.athanor.sql.Update;
import org.athanor.sql.schema.Column;

/**
 * The statement compiler (seed 003's Compiler): turns a statement of the expression language into SQL text
 * with JDBC {@code ?} placeholders, the ordered bind slots that feed them, the result columns and what the
 * engine needs to execute it. This class renders generic, ANSI-like SQL; a dialect's kit subclasses it and
 * overrides the hooks its database renders differently: here {@link #returningClause},
 * {@link #returningColumns}, {@link #defaultValuesClause}; those of {@link SelectCompiler} for SELECT, of
 * {@link ExpressionCompiler} for expressions and of {@link CompilerBase} for literals and placeholders.
 *
 * <p>Single-use and not thread-safe: {@code Dialect.statementCompiler()} makes a new one per statement.
 */
public class StatementCompiler extends SelectCompiler {
    private Set<String> parameterKeys = Set.of();

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
        return template();
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

    // ------------------------------------------------------------------ INSERT, UPDATE, DELETE

    @Override
    public void visitInsert(Insert insert) {
        TableClause table = insert.table();
        enter(Set.of(table));
        boolean top = isTopLevel();
        statementKind(StatementKind.INSERT);
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
                primaryKeyColumns(pk);
            }
        }
        returningClause(insert, StatementKind.INSERT);
        leave();
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
        TableClause table = update.table();
        enter(Set.of(table));
        statementKind(StatementKind.UPDATE);
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
        leave();
    }

    @Override
    public void visitDelete(Delete delete) {
        enter(Set.of(delete.table()));
        statementKind(StatementKind.DELETE);
        sql.append("DELETE FROM ").append(preparer.formatTable(delete.table()));
        if (delete.whereClause() != null) {
            sql.append(" WHERE ");
            condition(delete.whereClause());
        }
        returningClause(delete, StatementKind.DELETE);
        leave();
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
        returnsRows(true);
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
        enter(Set.of());
        if (isTopLevel()) {
            StatementKind k = dialect instanceof DefaultDialect d ? d.textKind(text.text()) : StatementKind.OTHER;
            statementKind(k);
            returnsRows(k == StatementKind.SELECT || !text.resultColumns().isEmpty());
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
        leave();
    }
}
