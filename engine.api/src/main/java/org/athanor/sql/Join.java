package org.athanor.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.athanor.exc.ArgumentException;

/**
 * Two FROM elements joined on a condition: {@code a JOIN b ON ...}, {@code LEFT OUTER JOIN},
 * {@code FULL OUTER JOIN}. Joins chain: {@code a.join(b, on).outerJoin(c, on2)}. Without a condition, the
 * foreign keys between the two sides give it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Join extends FromClause {

    /** The kind of join. */
    public enum Type {
        /** Rows with a match on both sides. */
        INNER,
        /** Every left row, with the right side NULL where nothing matches. */
        LEFT,
        /** Every row of both sides. */
        FULL
    }

    private final FromClause left;
    private final FromClause right;
    private final Expression<?> on;
    private final Type type;
    private final List<ColumnClause<?>> columns;

    Join(FromClause left, FromClause right, Expression<?> on, Type type) {
        if (on == null) {
            throw new ArgumentException("A join needs an ON condition; pass one, or use join(right) to infer"
                    + " it from foreign keys.");
        }
        this.left = left;
        this.right = right;
        this.on = on;
        this.type = type;
        List<ColumnClause<?>> cols = new ArrayList<>(left.columns());
        cols.addAll(right.columns());
        this.columns = Collections.unmodifiableList(cols);
    }

    /** @return the left side */
    public FromClause left() {
        return left;
    }

    /** @return the right side */
    public FromClause right() {
        return right;
    }

    /** @return the ON condition */
    public Expression<?> on() {
        return on;
    }

    /** @return the kind of join */
    public Type type() {
        return type;
    }

    @Override
    public List<ColumnClause<?>> columns() {
        return columns;
    }

    @Override
    public String description() {
        return "join of " + left.description() + " and " + right.description();
    }

    @Override
    public Set<FromClause> coveredFroms() {
        Set<FromClause> s = new LinkedHashSet<>(left.coveredFroms());
        s.addAll(right.coveredFroms());
        s.add(this);
        return s;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitJoin(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("join").token(type).add(left).add(right).add(on);
    }

    @Override
    protected void appendReferenceKey(CacheKey.Builder key) {
        key.token("joinref");
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        out.add(this);
    }

    /**
     * Finds the condition joining two elements from the foreign keys of their columns.
     *
     * @param left the left side
     * @param right the right side
     * @return the condition
     * @throws ArgumentException if nothing links them
     */
    static Expression<?> inferCondition(FromClause left, FromClause right) {
        List<Expression<?>> conditions = new ArrayList<>();
        for (ColumnClause<?> r : right.columns()) {
            for (ColumnClause<?> target : r.origin().referencedColumns()) {
                for (ColumnClause<?> l : left.columns()) {
                    if (l.origin() == target) {
                        conditions.add(l.eq(r));
                    }
                }
            }
        }
        if (conditions.isEmpty()) {
            for (ColumnClause<?> l : left.columns()) {
                for (ColumnClause<?> target : l.origin().referencedColumns()) {
                    for (ColumnClause<?> r : right.columns()) {
                        if (r.origin() == target) {
                            conditions.add(r.eq(l));
                        }
                    }
                }
            }
        }
        if (conditions.isEmpty()) {
            throw new ArgumentException("No foreign key links " + left.description() + " and "
                    + right.description() + "; give the join an ON condition.");
        }
        return BooleanList.of(Operator.AND, conditions);
    }
}
