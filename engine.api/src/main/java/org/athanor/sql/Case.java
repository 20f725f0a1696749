package org.athanor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;

/**
 * A CASE expression: {@code CASE WHEN cond THEN result ... ELSE other END}, or the simple form
 * {@code CASE subject WHEN value THEN result ... END}. Made by {@link SQL#caseWhen} or {@link SQL#caseOf};
 * each {@code when} and {@code otherwise} returns a new expression.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the results
 */
public final class Case<T> extends Expression<T> {

    /**
     * One WHEN ... THEN ... branch. Immutable and thread-safe.
     *
     * @param condition the condition (or, in the simple form, the value compared with the subject)
     * @param result the result
     */
    public record When(Expression<?> condition, Expression<?> result) {
    }

    private final Expression<?> subject;
    private final List<When> whens;
    private final Expression<?> otherwise;
    private final SqlType<T> type;

    Case(Expression<?> subject, List<When> whens, Expression<?> otherwise, SqlType<T> type) {
        this.subject = subject;
        this.whens = List.copyOf(whens);
        this.otherwise = otherwise;
        this.type = type;
    }

    /**
     * Adds a branch. In the searched form the condition is a boolean expression; in the simple form it is
     * a value compared with the subject. Plain values become bind parameters.
     *
     * @param condition the condition or value
     * @param result the result: a value or an expression
     * @return the new CASE
     */
    @SuppressWarnings("unchecked")
    public Case<T> when(Object condition, Object result) {
        List<When> w = new ArrayList<>(whens);
        Expression<?> cond = condition instanceof Expression<?> e ? e
                : subject != null ? subject.bindValue(condition) : SQL.literal(condition);
        Expression<?> res = result instanceof Expression<?> e ? e : SQL.literal(result);
        w.add(new When(cond, res));
        SqlType<T> t = type.kind() == org.athanor.sql.types.TypeKind.NULL ? (SqlType<T>) res.type() : type;
        return new Case<>(subject, w, otherwise, t);
    }

    /**
     * Sets the ELSE result.
     *
     * @param result a value or an expression
     * @return the new CASE
     */
    public Case<T> otherwise(Object result) {
        Expression<?> res = result instanceof Expression<?> e ? e : SQL.literal(result);
        return new Case<>(subject, whens, res, type);
    }

    /** @return the subject of the simple form, or {@code null} for the searched form */
    public Expression<?> subject() {
        return subject;
    }

    /** @return the branches */
    public List<When> whens() {
        return whens;
    }

    /** @return the ELSE result, or {@code null} */
    public Expression<?> otherwise() {
        return otherwise;
    }

    static <T> Case<T> empty(Expression<?> subject) {
        @SuppressWarnings("unchecked")
        SqlType<T> t = (SqlType<T>) SqlTypes.NULL;
        return new Case<>(subject, List.of(), null, t);
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitCase(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("case").add(subject).token(whens.size());
        for (When w : whens) {
            key.add(w.condition()).add(w.result());
        }
        key.add(otherwise).token(type);
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        collectFromsOf(subject, out);
        for (When w : whens) {
            w.condition().collectFroms(out);
            w.result().collectFroms(out);
        }
        collectFromsOf(otherwise, out);
    }
}
