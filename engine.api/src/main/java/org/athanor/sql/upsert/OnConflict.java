package org.athanor.sql.upsert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.Alias;
import org.athanor.sql.BindParameter;
import org.athanor.sql.CacheKey;
import org.athanor.sql.Expression;
import org.athanor.sql.FromClause;
import org.athanor.sql.InsertOption;
import org.athanor.sql.TableClause;

/**
 * The {@code ON CONFLICT} clause of an INSERT (PostgreSQL 9.5+, SQLite 3.24+; SQLAlchemy's
 * {@code on_conflict_do_nothing} and {@code on_conflict_do_update}): what to do with a proposed row that
 * violates a unique constraint — skip it, or update the existing row instead.
 *
 * <pre>{@code
 * // skip rows whose id exists
 * conn.execute(users.insert().values(row).withOption(OnConflict.on("id").doNothing()));
 *
 * // insert, or update the existing row with the proposed values
 * Alias excluded = OnConflict.excluded(users);
 * conn.execute(users.insert().values(row).withOption(OnConflict.on("id")
 *         .doUpdate(Map.of("name", excluded.c("name"), "visits", users.c("visits").plus(1)))
 *         .where(users.c("active"))));
 * }</pre>
 *
 * <p>The conflict target is a list of columns (or index expressions) that a unique index covers, optionally
 * with the predicate of a partial index ({@link Target#where}), or a constraint by name
 * ({@link #onConstraint}, PostgreSQL only). DO UPDATE needs a target; DO NOTHING may go without one (any
 * conflict). The proposed row is the table aliased {@code excluded} ({@link #excluded}); plain values in the
 * SET list become bind parameters of their column's type. Dialects without the clause (MySQL — see
 * {@link OnDuplicateKeyUpdate} —, Oracle) refuse the INSERT with an
 * {@link org.athanor.exc.UnsupportedCompilationException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class OnConflict extends InsertOption {
    /** The name under which the proposed row is visible in DO UPDATE: {@code excluded}. */
    public static final String EXCLUDED = "excluded";

    private final Target target;
    private final SetClause set;
    private final Expression<?> where;

    private OnConflict(Target target, SetClause set, Expression<?> where) {
        this.target = target;
        this.set = set;
        this.where = where;
    }

    /**
     * Starts a clause whose conflict target is a unique index over these columns: column names, columns of
     * the table, or expressions of an expression index (rendered in parentheses).
     *
     * @param columnsOrExpressions the index's columns or expressions, at least one
     * @return the target, to finish with {@link Target#doNothing()} or {@link Target#doUpdate}
     * @throws ArgumentException if none is given, or one is neither a name nor an expression
     */
    public static Target on(Object... columnsOrExpressions) {
        if (columnsOrExpressions == null || columnsOrExpressions.length == 0) {
            throw new ArgumentException("OnConflict.on needs the columns of a unique index; use OnConflict.doNothing()"
                    + " for any conflict.");
        }
        List<Object> elements = new ArrayList<>();
        for (Object o : columnsOrExpressions) {
            if (!(o instanceof String s && !s.isEmpty()) && !(o instanceof Expression<?>)) {
                throw new ArgumentException("A conflict target is a column name or an expression, not "
                        + (o == null ? "null" : "'" + o + "' (" + o.getClass().getName() + ")") + ".");
            }
            elements.add(o);
        }
        return new Target(List.copyOf(elements), null, null);
    }

    /**
     * Starts a clause whose conflict target is a unique or exclusion constraint by name
     * ({@code ON CONFLICT ON CONSTRAINT name}; PostgreSQL only).
     *
     * @param name the constraint name
     * @return the target
     * @throws ArgumentException if the name is empty
     */
    public static Target onConstraint(String name) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("OnConflict.onConstraint needs the name of a constraint.");
        }
        return new Target(List.of(), null, name);
    }

    /**
     * Makes {@code ON CONFLICT DO NOTHING}: a proposed row that conflicts with any unique constraint is
     * skipped.
     *
     * @return the clause
     */
    public static OnConflict doNothing() {
        return new OnConflict(new Target(List.of(), null, null), null, null);
    }

    /**
     * Returns the proposed row, for the values and condition of DO UPDATE: the table aliased
     * {@value #EXCLUDED}, so {@code excluded(users).c("name")} renders {@code excluded.name}.
     *
     * @param table the INSERT's table
     * @return the alias
     */
    public static Alias excluded(FromClause table) {
        return table.alias(EXCLUDED);
    }

    /**
     * Adds the condition an existing row must meet to be updated ({@code DO UPDATE SET ... WHERE cond});
     * rows that fail it are left as they are and the proposed row is skipped.
     *
     * @param condition the condition (may refer to the table and to {@link #excluded})
     * @return the new clause
     * @throws ArgumentException if this clause is DO NOTHING
     */
    public OnConflict where(Expression<?> condition) {
        if (set == null) {
            throw new ArgumentException("Only ON CONFLICT ... DO UPDATE takes a WHERE condition; for the predicate"
                    + " of a partial unique index use OnConflict.on(...).where(...).");
        }
        return new OnConflict(target, set, condition);
    }

    @Override
    protected InsertOption forTable(TableClause table) {
        List<Object> elements = new ArrayList<>();
        for (Object o : target.elements) {
            elements.add(o instanceof String s ? table.c(s) : o);
        }
        return new OnConflict(new Target(List.copyOf(elements), target.indexWhere, target.constraint),
                set == null ? null : set.bind(table), where);
    }

    /** @return whether the clause updates (DO UPDATE) rather than skips (DO NOTHING) */
    public boolean isUpdate() {
        return set != null;
    }

    /**
     * Returns the conflict target's index columns and expressions; once given to an INSERT, names are the
     * table's columns.
     *
     * @return the elements (empty for a constraint target or no target)
     */
    public List<Object> targetElements() {
        return target.elements;
    }

    /** @return the partial-index predicate of the target, or {@code null} */
    public Expression<?> targetWhere() {
        return target.indexWhere;
    }

    /** @return the constraint named as the target, or {@code null} */
    public String constraint() {
        return target.constraint;
    }

    /** @return whether the clause names a target (columns or a constraint) */
    public boolean hasTarget() {
        return target.constraint != null || !target.elements.isEmpty();
    }

    /**
     * Returns the SET list of DO UPDATE, in the table's column order.
     *
     * @return column names to expressions (empty for DO NOTHING)
     * @throws org.athanor.exc.CompileException if the clause has not been given to an INSERT
     */
    public Map<String, Expression<?>> setValues() {
        return set == null ? Map.of() : set.values();
    }

    /** @return the condition of DO UPDATE, or {@code null} */
    public Expression<?> updateWhere() {
        return where;
    }

    @Override
    public String description() {
        return set == null ? "ON CONFLICT DO NOTHING" : "ON CONFLICT DO UPDATE";
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("onconflict").token(target.constraint).token(target.elements.size());
        for (Object o : target.elements) {
            if (o instanceof Expression<?> x) {
                key.add(x);
            } else {
                key.token(o);
            }
        }
        key.add(target.indexWhere);
        if (target.indexWhere != null) {
            // the predicate is written with its values inline, so they are part of the statement's shape
            for (BindParameter<?> b : CacheKey.of(target.indexWhere, Set.of()).binds()) {
                key.token(b.value());
            }
        }
        key.token(set != null);
        if (set != null) {
            set.appendKey(key);
        }
        key.add(where);
    }

    /**
     * The conflict target of an unfinished {@code ON CONFLICT} clause: finish it with {@link #doNothing()}
     * or {@link #doUpdate}.
     *
     * <p>Immutable and thread-safe.
     */
    public static final class Target {
        private final List<Object> elements;
        private final Expression<?> indexWhere;
        private final String constraint;

        private Target(List<Object> elements, Expression<?> indexWhere, String constraint) {
            this.elements = elements;
            this.indexWhere = indexWhere;
            this.constraint = constraint;
        }

        /**
         * Adds the predicate of a partial unique index ({@code ON CONFLICT (cols) WHERE predicate}); its
         * columns are written without their table's name and its values as literals, as the databases
         * require to match it with the index's own predicate.
         *
         * @param predicate the index predicate
         * @return the new target
         * @throws ArgumentException if the target is a constraint
         */
        public Target where(Expression<?> predicate) {
            if (constraint != null) {
                throw new ArgumentException("A constraint target takes no index predicate; name the index columns"
                        + " with OnConflict.on(...) instead.");
            }
            return new Target(elements, predicate, null);
        }

        /**
         * Finishes the clause as {@code DO NOTHING}: conflicting rows are skipped.
         *
         * @return the clause
         */
        public OnConflict doNothing() {
            return new OnConflict(this, null, null);
        }

        /**
         * Finishes the clause as {@code DO UPDATE SET ...}: the existing row is updated instead. Values are
         * plain values (bound with their column's type) or expressions, such as {@code excluded.c("name")}
         * or {@code users.c("visits").plus(1)}; the SET list follows the table's column order.
         *
         * @param values column names to values or expressions
         * @return the clause
         * @throws ArgumentException if no value is given
         */
        public OnConflict doUpdate(Map<String, ?> values) {
            return new OnConflict(this, SetClause.of(values, "ON CONFLICT DO UPDATE"), null);
        }
    }
}
