package org.athanor.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;

/**
 * SQL functions (SQLAlchemy's {@code func.<name>}): typed shortcuts for the common ones and
 * {@link #call(String, SqlType, Object...)} for any other. Arguments that are not expressions become bind
 * parameters. Generic functions that databases spell differently ({@link #now()}, {@link #charLength})
 * are renamed by each dialect's compiler.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class Func {
    private Func() {
    }

    /**
     * Calls any function by name with a result type.
     *
     * @param name the name (quoted in the SQL if it is not a plain identifier)
     * @param type the result type
     * @param arguments the arguments
     * @param <T> the Java class of the result
     * @return the call
     */
    public static <T> FunctionCall<T> call(String name, SqlType<T> type, Object... arguments) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("A function needs a non-empty name.");
        }
        return new FunctionCall<>(name, SQL.arguments(arguments), type, false);
    }

    /** @return {@code count(*)} */
    public static FunctionCall<Long> count() {
        return new FunctionCall<>("count", List.of(), SqlTypes.BIGINT, true);
    }

    /**
     * Counts non-null values.
     *
     * @param expression the expression (use {@code x.distinct()} for distinct values)
     * @return {@code count(x)}
     */
    public static FunctionCall<Long> count(Expression<?> expression) {
        return call("count", SqlTypes.BIGINT, expression);
    }

    /**
     * Sums values.
     *
     * @param expression the expression
     * @param <T> its Java class
     * @return {@code sum(x)}, typed like x
     */
    public static <T> FunctionCall<T> sum(Expression<T> expression) {
        return call("sum", expression.type(), expression);
    }

    /**
     * Averages values.
     *
     * @param expression the expression
     * @return {@code avg(x)}, as a decimal
     */
    public static FunctionCall<BigDecimal> avg(Expression<?> expression) {
        return call("avg", SqlTypes.NUMERIC, expression);
    }

    /**
     * The least value.
     *
     * @param expression the expression
     * @param <T> its Java class
     * @return {@code min(x)}
     */
    public static <T> FunctionCall<T> min(Expression<T> expression) {
        return call("min", expression.type(), expression);
    }

    /**
     * The greatest value.
     *
     * @param expression the expression
     * @param <T> its Java class
     * @return {@code max(x)}
     */
    public static <T> FunctionCall<T> max(Expression<T> expression) {
        return call("max", expression.type(), expression);
    }

    /**
     * The first non-null argument.
     *
     * @param expression the first argument
     * @param others more arguments (values or expressions)
     * @param <T> the Java class of the first argument
     * @return {@code coalesce(x, ...)}
     */
    public static <T> FunctionCall<T> coalesce(Expression<T> expression, Object... others) {
        Object[] args = new Object[others.length + 1];
        args[0] = expression;
        System.arraycopy(others, 0, args, 1, others.length);
        return call("coalesce", expression.type(), args);
    }

    /**
     * Lower-cases text.
     *
     * @param expression the text
     * @return {@code lower(x)}
     */
    public static FunctionCall<String> lower(Expression<?> expression) {
        return call("lower", SqlTypes.VARCHAR, expression);
    }

    /**
     * Upper-cases text.
     *
     * @param expression the text
     * @return {@code upper(x)}
     */
    public static FunctionCall<String> upper(Expression<?> expression) {
        return call("upper", SqlTypes.VARCHAR, expression);
    }

    /**
     * The length of text in characters: {@code char_length} or {@code length}, per dialect.
     *
     * @param expression the text
     * @return the length
     */
    public static FunctionCall<Integer> charLength(Expression<?> expression) {
        return call("char_length", SqlTypes.INTEGER, expression);
    }

    /**
     * The absolute value.
     *
     * @param expression the number
     * @param <T> its Java class
     * @return {@code abs(x)}
     */
    public static <T> FunctionCall<T> abs(Expression<T> expression) {
        return call("abs", expression.type(), expression);
    }

    /** @return the current date and time: {@code now()} or {@code CURRENT_TIMESTAMP}, per dialect */
    public static FunctionCall<LocalDateTime> now() {
        return call("now", SqlTypes.DATETIME);
    }

    /** @return {@code CURRENT_TIMESTAMP} */
    public static FunctionCall<LocalDateTime> currentTimestamp() {
        return call("current_timestamp", SqlTypes.DATETIME);
    }

    /** @return {@code CURRENT_DATE} */
    public static FunctionCall<LocalDate> currentDate() {
        return call("current_date", SqlTypes.DATE);
    }
}
