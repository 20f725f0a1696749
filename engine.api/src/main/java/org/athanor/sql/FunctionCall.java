package org.athanor.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.athanor.sql.types.SqlType;

/**
 * A SQL function call, {@code name(arg, ...)}, made by {@link Func}. A function name that is not a plain
 * identifier is quoted, so it cannot inject SQL. Some generic functions ({@code now}, {@code char_length},
 * {@code current_timestamp}) are renamed per dialect.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the result
 */
public final class FunctionCall<T> extends Expression<T> {
    private final String name;
    private final List<Expression<?>> arguments;
    private final SqlType<T> type;
    private final boolean star;

    FunctionCall(String name, List<Expression<?>> arguments, SqlType<T> type, boolean star) {
        this.name = name;
        this.arguments = List.copyOf(arguments);
        this.type = type;
        this.star = star;
    }

    /** @return the function name as given */
    public String name() {
        return name;
    }

    /** @return the arguments */
    public List<Expression<?>> arguments() {
        return arguments;
    }

    /** @return whether the single argument is {@code *}, as in {@code count(*)} */
    public boolean star() {
        return star;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public String anonymousStem() {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitFunction(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("fn").token(name).token(star).token(type).addAll(arguments);
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        for (Expression<?> a : arguments) {
            a.collectFroms(out);
        }
    }
}
