package org.athanor.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;
import org.athanor.sql.types.TypeKind;

/**
 * A SQL expression with a type: a column, a bind parameter, a function call, a comparison. Its methods
 * build larger expressions — {@code users.c("id").eq(5)}, {@code price.times(qty).as("total")},
 * {@code name.like("J%").and(age.ge(18))} — and each returns a new expression.
 *
 * <p>A plain Java value given to an operator becomes a bind parameter of this expression's type, never
 * text in the SQL, so values cannot change a statement's structure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the expression's values
 */
public abstract class Expression<T> extends ClauseElement {

    /** Creates an expression. */
    protected Expression() {
    }

    /**
     * Returns the expression's SQL type.
     *
     * @return the type
     */
    public abstract SqlType<T> type();

    /**
     * Returns how tightly this expression binds, for parentheses: {@link Operator#ATOM} for columns,
     * literals and function calls, the operator's precedence for operations.
     *
     * @return the binding strength
     */
    public int precedence() {
        return Operator.ATOM;
    }

    /**
     * Returns the name this expression has as a result column of a SELECT, when it has a natural one (a
     * column's name, a label).
     *
     * @return the name, or {@code null}
     */
    public String naturalName() {
        return null;
    }

    /**
     * Returns the stem of the names given to unnamed uses of this expression: a SELECT labels a
     * {@code count(*)} column {@code count_1}; a comparison with a column names its bind parameter after the
     * column.
     *
     * @return the stem
     */
    public String anonymousStem() {
        return "anon";
    }

    // ------------------------------------------------------------------ comparisons

    /**
     * Tests equality; {@code eq(null)} tests {@code IS NULL}.
     *
     * @param value the value
     * @return the condition
     */
    public Expression<Boolean> eq(T value) {
        return value == null ? isNull() : compare(Operator.EQ, value);
    }

    /**
     * Tests equality with another expression; a {@code null} expression tests {@code IS NULL}.
     *
     * @param other the other expression
     * @return the condition
     */
    public Expression<Boolean> eq(Expression<?> other) {
        return other == null ? isNull() : compare(Operator.EQ, other);
    }

    /**
     * Tests inequality; {@code ne(null)} tests {@code IS NOT NULL}.
     *
     * @param value the value
     * @return the condition
     */
    public Expression<Boolean> ne(T value) {
        return value == null ? isNotNull() : compare(Operator.NE, value);
    }

    /**
     * Tests inequality with another expression.
     *
     * @param other the other expression
     * @return the condition
     */
    public Expression<Boolean> ne(Expression<?> other) {
        return other == null ? isNotNull() : compare(Operator.NE, other);
    }

    /** @param value the value @return {@code this < value} */
    public Expression<Boolean> lt(T value) {
        return compare(Operator.LT, value);
    }

    /** @param other the other expression @return {@code this < other} */
    public Expression<Boolean> lt(Expression<?> other) {
        return compare(Operator.LT, other);
    }

    /** @param value the value @return {@code this <= value} */
    public Expression<Boolean> le(T value) {
        return compare(Operator.LE, value);
    }

    /** @param other the other expression @return {@code this <= other} */
    public Expression<Boolean> le(Expression<?> other) {
        return compare(Operator.LE, other);
    }

    /** @param value the value @return {@code this > value} */
    public Expression<Boolean> gt(T value) {
        return compare(Operator.GT, value);
    }

    /** @param other the other expression @return {@code this > other} */
    public Expression<Boolean> gt(Expression<?> other) {
        return compare(Operator.GT, other);
    }

    /** @param value the value @return {@code this >= value} */
    public Expression<Boolean> ge(T value) {
        return compare(Operator.GE, value);
    }

    /** @param other the other expression @return {@code this >= other} */
    public Expression<Boolean> ge(Expression<?> other) {
        return compare(Operator.GE, other);
    }

    /** @return {@code this IS NULL} */
    public Expression<Boolean> isNull() {
        return new BinaryExpression<>(this, Operator.IS, Keyword.nullValue(), SqlTypes.BOOLEAN);
    }

    /** @return {@code this IS NOT NULL} */
    public Expression<Boolean> isNotNull() {
        return new BinaryExpression<>(this, Operator.IS_NOT, Keyword.nullValue(), SqlTypes.BOOLEAN);
    }

    /**
     * Tests a pattern ({@code %} any text, {@code _} one character).
     *
     * @param pattern the pattern, bound as a parameter
     * @return {@code this LIKE ?}
     */
    public Expression<Boolean> like(String pattern) {
        return new BinaryExpression<>(this, Operator.LIKE, textBind(pattern), SqlTypes.BOOLEAN);
    }

    /** @param pattern the pattern @return {@code this NOT LIKE ?} */
    public Expression<Boolean> notLike(String pattern) {
        return new BinaryExpression<>(this, Operator.NOT_LIKE, textBind(pattern), SqlTypes.BOOLEAN);
    }

    /**
     * Tests a pattern ignoring case: ILIKE on PostgreSQL, {@code lower(x) LIKE lower(?)} elsewhere.
     *
     * @param pattern the pattern
     * @return the condition
     */
    public Expression<Boolean> ilike(String pattern) {
        return new BinaryExpression<>(this, Operator.ILIKE, textBind(pattern), SqlTypes.BOOLEAN);
    }

    /**
     * Tests membership in a list of values; an empty list gives a condition that is never true.
     *
     * @param values the values, each bound as a parameter
     * @return {@code this IN (?, ?, ...)}
     */
    @SafeVarargs
    public final Expression<Boolean> in(T... values) {
        return in(List.of(values));
    }

    /**
     * Tests membership in a collection of values.
     *
     * @param values the values
     * @return {@code this IN (?, ?, ...)}
     */
    public Expression<Boolean> in(Collection<? extends T> values) {
        return new InExpression(this, bindAll(values), null, false);
    }

    /**
     * Tests membership in the rows of a one-column SELECT.
     *
     * @param subquery the SELECT
     * @return {@code this IN (SELECT ...)}
     */
    public Expression<Boolean> in(SelectBase subquery) {
        return new InExpression(this, null, subquery, false);
    }

    /**
     * Tests non-membership; an empty list gives a condition that is always true.
     *
     * @param values the values
     * @return {@code this NOT IN (?, ...)}
     */
    @SafeVarargs
    public final Expression<Boolean> notIn(T... values) {
        return notIn(List.of(values));
    }

    /** @param values the values @return {@code this NOT IN (?, ...)} */
    public Expression<Boolean> notIn(Collection<? extends T> values) {
        return new InExpression(this, bindAll(values), null, true);
    }

    /** @param subquery the SELECT @return {@code this NOT IN (SELECT ...)} */
    public Expression<Boolean> notIn(SelectBase subquery) {
        return new InExpression(this, null, subquery, true);
    }

    /**
     * Tests a range, both ends included.
     *
     * @param low the low end
     * @param high the high end
     * @return {@code this BETWEEN ? AND ?}
     */
    public Expression<Boolean> between(T low, T high) {
        return new Between(this, coerce(low), coerce(high), false);
    }

    /** @param low the low end @param high the high end @return {@code this NOT BETWEEN ? AND ?} */
    public Expression<Boolean> notBetween(T low, T high) {
        return new Between(this, coerce(low), coerce(high), true);
    }

    // ------------------------------------------------------------------ logic

    /**
     * Combines with another condition by AND.
     *
     * @param other the other condition
     * @return the conjunction
     */
    public Expression<Boolean> and(Expression<?> other) {
        return BooleanList.of(Operator.AND, List.of(this, other));
    }

    /**
     * Combines with another condition by OR.
     *
     * @param other the other condition
     * @return the disjunction
     */
    public Expression<Boolean> or(Expression<?> other) {
        return BooleanList.of(Operator.OR, List.of(this, other));
    }

    /**
     * Negates this condition: a comparison gets the opposite operator ({@code =} becomes {@code !=}), IN
     * becomes NOT IN, anything else is wrapped in NOT.
     *
     * @return the negation
     */
    public Expression<Boolean> not() {
        return new UnaryExpression<>(Operator.NOT, this, SqlTypes.BOOLEAN);
    }

    // ------------------------------------------------------------------ arithmetic and strings

    /** @param value the value @return {@code this + ?} */
    public Expression<T> plus(T value) {
        return arithmetic(Operator.ADD, coerce(value));
    }

    /** @param other the other expression @return {@code this + other} */
    public Expression<T> plus(Expression<?> other) {
        return arithmetic(Operator.ADD, other);
    }

    /** @param value the value @return {@code this - ?} */
    public Expression<T> minus(T value) {
        return arithmetic(Operator.SUB, coerce(value));
    }

    /** @param other the other expression @return {@code this - other} */
    public Expression<T> minus(Expression<?> other) {
        return arithmetic(Operator.SUB, other);
    }

    /** @param value the value @return {@code this * ?} */
    public Expression<T> times(T value) {
        return arithmetic(Operator.MUL, coerce(value));
    }

    /** @param other the other expression @return {@code this * other} */
    public Expression<T> times(Expression<?> other) {
        return arithmetic(Operator.MUL, other);
    }

    /** @param value the value @return {@code this / ?} */
    public Expression<T> dividedBy(T value) {
        return arithmetic(Operator.DIV, coerce(value));
    }

    /** @param other the other expression @return {@code this / other} */
    public Expression<T> dividedBy(Expression<?> other) {
        return arithmetic(Operator.DIV, other);
    }

    /** @param value the value @return the remainder of {@code this / ?} ({@code MOD(a, b)} on Oracle) */
    public Expression<T> modulo(T value) {
        return arithmetic(Operator.MOD, coerce(value));
    }

    /** @return {@code -this} */
    public Expression<T> negative() {
        return new UnaryExpression<>(Operator.NEG, this, type());
    }

    /**
     * Concatenates strings: {@code ||}, or {@code concat(a, b)} on MySQL.
     *
     * @param other a value or an expression
     * @return the concatenation
     */
    public Expression<String> concat(Object other) {
        Expression<?> right = other instanceof Expression<?> e ? e : textBind(other);
        return new BinaryExpression<>(this, Operator.CONCAT, right, SqlTypes.VARCHAR);
    }

    // ------------------------------------------------------------------ naming, ordering, conversion

    /**
     * Names this expression in a SELECT's column list ({@code expr AS name}).
     *
     * @param name the label
     * @return the labelled expression
     */
    public Label<T> as(String name) {
        return new Label<>(this, name);
    }

    /** @return an ascending ORDER BY item */
    public OrderByItem asc() {
        return new OrderByItem(this, OrderByItem.Direction.ASC, null);
    }

    /** @return a descending ORDER BY item */
    public OrderByItem desc() {
        return new OrderByItem(this, OrderByItem.Direction.DESC, null);
    }

    /**
     * Converts to another SQL type with CAST.
     *
     * @param target the type
     * @param <R> the Java class of the target type
     * @return {@code CAST(this AS type)}
     */
    public <R> Cast<R> cast(SqlType<R> target) {
        return new Cast<>(this, target);
    }

    /** @return {@code DISTINCT this}, for aggregates such as {@code count(DISTINCT x)} */
    public Expression<T> distinct() {
        return new UnaryExpression<>(Operator.DISTINCT, this, type());
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Makes a bind parameter holding a value compared with this expression: of this expression's type,
     * named after it.
     *
     * @param value the value
     * @return the parameter
     */
    protected BindParameter<T> bindValue(Object value) {
        SqlType<T> t = type();
        if (t.kind() == TypeKind.NULL && value != null) {
            @SuppressWarnings("unchecked")
            SqlType<T> inferred = (SqlType<T>) SqlTypes.forValue(value);
            t = inferred;
        }
        return BindParameter.anonymous(anonymousStem(), value, t);
    }

    /**
     * Turns an argument into an expression: an expression stays, anything else becomes a bind parameter.
     *
     * @param value an expression or a value
     * @return the expression
     */
    protected Expression<?> coerce(Object value) {
        return value instanceof Expression<?> e ? e : bindValue(value);
    }

    private BindParameter<String> textBind(Object value) {
        return BindParameter.anonymous(anonymousStem(), value == null ? null : value.toString(), SqlTypes.VARCHAR);
    }

    private List<Expression<?>> bindAll(Collection<?> values) {
        List<Expression<?>> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(coerce(v));
        }
        return out;
    }

    private Expression<Boolean> compare(Operator op, Object value) {
        return new BinaryExpression<>(this, op, coerce(value), SqlTypes.BOOLEAN);
    }

    @SuppressWarnings("unchecked")
    private Expression<T> arithmetic(Operator op, Expression<?> other) {
        SqlType<T> t = type().kind() == TypeKind.NULL ? (SqlType<T>) other.type() : type();
        return new BinaryExpression<>(this, op, other, t);
    }
}
