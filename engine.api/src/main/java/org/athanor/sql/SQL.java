package org.athanor.sql;

import java.util.ArrayList;
import java.util.List;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;

/**
 * The entry point of the SQL expression language: static factories for statements and expressions, meant
 * for {@code import static org.athanor.sql.SQL.*}.
 *
 * <pre>{@code
 * Result r = conn.execute(select(users.c("name"), func("count", addresses.c("id")))
 *         .selectFrom(users.join(addresses))
 *         .groupBy(users.c("name"))
 *         .having(Func.count().gt(1L)));
 * }</pre>
 *
 * <p>Thread-safe: it holds no state.
 */
public final class SQL {
    private SQL() {
    }

    /**
     * Starts a SELECT of columns, expressions, or all columns of tables, aliases and subqueries (seed 001's
     * {@code select([table1], table1.c.col1 == 5)} is {@code select(table1).where(table1.c("col1").eq(5))}).
     *
     * @param columns what to select
     * @return the SELECT
     */
    public static Select select(Object... columns) {
        return Select.of(columns);
    }

    /**
     * Starts an INSERT.
     *
     * @param table the table
     * @return the INSERT
     */
    public static Insert insert(TableClause table) {
        return table.insert();
    }

    /**
     * Starts an UPDATE.
     *
     * @param table the table
     * @return the UPDATE
     */
    public static Update update(TableClause table) {
        return table.update();
    }

    /**
     * Starts a DELETE.
     *
     * @param table the table
     * @return the DELETE
     */
    public static Delete delete(TableClause table) {
        return table.delete();
    }

    /**
     * Makes a textual statement with {@code :name} parameters.
     *
     * @param sql the SQL text
     * @return the statement
     */
    public static TextStatement text(String sql) {
        return new TextStatement(sql);
    }

    /**
     * Makes a named bind parameter without a value or type; the value comes with the execution.
     *
     * @param name the name
     * @return the parameter
     */
    public static BindParameter<Object> bindparam(String name) {
        return BindParameter.named(name, SqlTypes.NULL);
    }

    /**
     * Makes a named, typed bind parameter without a value.
     *
     * @param name the name
     * @param type the type
     * @param <T> the Java class
     * @return the parameter
     */
    public static <T> BindParameter<T> bindparam(String name, SqlType<T> type) {
        return BindParameter.named(name, type);
    }

    /**
     * Makes a named, typed bind parameter with a value (execution parameters of the same name replace it).
     *
     * @param name the name
     * @param value the value
     * @param type the type
     * @param <T> the Java class
     * @return the parameter
     */
    public static <T> BindParameter<T> bindparam(String name, T value, SqlType<T> type) {
        return BindParameter.named(name, value, type);
    }

    /**
     * Makes a literal value, sent as a bind parameter with a type inferred from its class (SQLAlchemy's
     * {@code literal()}).
     *
     * @param value the value
     * @return the parameter
     */
    @SuppressWarnings("unchecked")
    public static BindParameter<Object> literal(Object value) {
        return BindParameter.anonymous("param", value, (SqlType<Object>) SqlTypes.forValue(value));
    }

    /**
     * Makes a typed literal value, sent as a bind parameter.
     *
     * @param value the value
     * @param type the type
     * @param <T> the Java class
     * @return the parameter
     */
    public static <T> BindParameter<T> literal(T value, SqlType<T> type) {
        return BindParameter.anonymous("param", value, type);
    }

    /**
     * Makes a value rendered into the SQL text as an escaped literal (for places that take no parameter).
     *
     * @param value a number, string, boolean, date, time, UUID or bytes
     * @return the literal
     */
    @SuppressWarnings("unchecked")
    public static InlineLiteral<Object> inline(Object value) {
        return new InlineLiteral<>(value, (SqlType<Object>) SqlTypes.forValue(value));
    }

    /**
     * Makes an expression of raw SQL text, rendered as given. Never build the text from user input.
     *
     * @param sql the SQL text
     * @return the expression
     */
    public static LiteralColumn<Object> literalColumn(String sql) {
        return new LiteralColumn<>(sql, SqlTypes.NULL);
    }

    /**
     * Makes a typed expression of raw SQL text.
     *
     * @param sql the SQL text
     * @param type the type
     * @param <T> the Java class
     * @return the expression
     */
    public static <T> LiteralColumn<T> literalColumn(String sql, SqlType<T> type) {
        return new LiteralColumn<>(sql, type);
    }

    /**
     * Makes a column by name, not attached to a table (for {@link #table} and for text result columns).
     *
     * @param name the name
     * @return the column
     */
    public static ColumnClause<Object> column(String name) {
        return new ColumnClause<>(name, SqlTypes.NULL, null, null);
    }

    /**
     * Makes a typed column by name, not attached to a table.
     *
     * @param name the name
     * @param type the type
     * @param <T> the Java class
     * @return the column
     */
    public static <T> ColumnClause<T> column(String name, SqlType<T> type) {
        return new ColumnClause<>(name, type, null, null);
    }

    /**
     * Makes a lightweight table by name (no metadata, keys or DDL) for ad-hoc statements.
     *
     * @param name the table name
     * @param columns its columns, from {@link #column}
     * @return the table
     */
    public static TableClause table(String name, ColumnClause<?>... columns) {
        return new TableClause(name, null, List.of(columns));
    }

    /** @return NULL */
    public static Keyword<Object> nullValue() {
        return Keyword.nullValue();
    }

    /** @return TRUE (1 where there is no boolean type) */
    public static Keyword<Boolean> trueValue() {
        return Keyword.of(true);
    }

    /** @return FALSE (0 where there is no boolean type) */
    public static Keyword<Boolean> falseValue() {
        return Keyword.of(false);
    }

    /**
     * Joins conditions with AND.
     *
     * @param conditions the conditions
     * @return the conjunction
     */
    public static Expression<Boolean> and(Expression<?>... conditions) {
        return BooleanList.of(Operator.AND, List.of(conditions));
    }

    /**
     * Joins conditions with OR.
     *
     * @param conditions the conditions
     * @return the disjunction
     */
    public static Expression<Boolean> or(Expression<?>... conditions) {
        return BooleanList.of(Operator.OR, List.of(conditions));
    }

    /**
     * Negates a condition.
     *
     * @param condition the condition
     * @return its negation
     */
    public static Expression<Boolean> not(Expression<?> condition) {
        return condition.not();
    }

    /**
     * Tests whether a SELECT returns any row.
     *
     * @param select the SELECT
     * @return {@code EXISTS (SELECT ...)}
     */
    public static Exists exists(SelectBase select) {
        return select.exists();
    }

    /**
     * Calls a SQL function by name; arguments that are not expressions become bind parameters.
     *
     * @param name the function name
     * @param arguments the arguments
     * @return the call, of unknown type
     */
    public static FunctionCall<Object> func(String name, Object... arguments) {
        return Func.call(name, SqlTypes.NULL, arguments);
    }

    /**
     * Starts a searched CASE: {@code caseWhen(cond, result).when(cond2, result2).otherwise(other)}.
     *
     * @param condition the first condition
     * @param result its result
     * @return the CASE
     */
    public static Case<Object> caseWhen(Expression<?> condition, Object result) {
        return Case.<Object>empty(null).when(condition, result);
    }

    /**
     * Starts a simple CASE on a subject: {@code caseOf(x).when(1, "one").when(2, "two")}.
     *
     * @param subject the compared expression
     * @return a CASE without branches yet
     */
    public static Case<Object> caseOf(Expression<?> subject) {
        if (subject == null) {
            throw new ArgumentException("caseOf needs a subject expression.");
        }
        return Case.empty(subject);
    }

    /**
     * Converts an expression or value to a type.
     *
     * @param value an expression, or a value (bound as a parameter)
     * @param type the target type
     * @param <T> the Java class
     * @return {@code CAST(value AS type)}
     */
    public static <T> Cast<T> cast(Object value, SqlType<T> type) {
        Expression<?> e = value instanceof Expression<?> x ? x : literal(value);
        return e.cast(type);
    }

    /**
     * Combines SELECTs with UNION.
     *
     * @param first the first SELECT
     * @param others the others
     * @return the compound
     */
    public static CompoundSelect union(SelectBase first, SelectBase... others) {
        return first.union(others);
    }

    /**
     * Combines SELECTs with UNION ALL.
     *
     * @param first the first SELECT
     * @param others the others
     * @return the compound
     */
    public static CompoundSelect unionAll(SelectBase first, SelectBase... others) {
        return first.unionAll(others);
    }

    /**
     * Combines SELECTs with INTERSECT.
     *
     * @param first the first SELECT
     * @param others the others
     * @return the compound
     */
    public static CompoundSelect intersect(SelectBase first, SelectBase... others) {
        return first.intersect(others);
    }

    /**
     * Combines SELECTs with EXCEPT.
     *
     * @param first the first SELECT
     * @param others the others
     * @return the compound
     */
    public static CompoundSelect except(SelectBase first, SelectBase... others) {
        return first.except(others);
    }

    static List<Expression<?>> arguments(Object[] args) {
        List<Expression<?>> out = new ArrayList<>(args.length);
        for (Object a : args) {
            out.add(a instanceof Expression<?> e ? e : literal(a));
        }
        return out;
    }
}
