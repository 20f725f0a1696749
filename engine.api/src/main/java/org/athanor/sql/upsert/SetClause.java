package org.athanor.sql.upsert;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.CompileException;
import org.athanor.sql.BindParameter;
import org.athanor.sql.CacheKey;
import org.athanor.sql.ColumnClause;
import org.athanor.sql.Expression;
import org.athanor.sql.TableClause;

/**
 * The {@code SET} list of an upsert's update, as given (column name to value or expression) and, once bound
 * to the INSERT's table, as expressions in the table's column order, plain values turned into bind
 * parameters of their column's type. Not public API.
 *
 * <p>Immutable and thread-safe.
 */
final class SetClause {
    private final Map<String, Object> given;
    private final Map<String, Expression<?>> bound;

    private SetClause(Map<String, Object> given, Map<String, Expression<?>> bound) {
        this.given = given;
        this.bound = bound;
    }

    /**
     * Takes the values an upsert sets.
     *
     * @param values column names to values or expressions
     * @param what the clause, for messages
     * @return the unbound clause
     * @throws ArgumentException if there are no values or a name is empty
     */
    static SetClause of(Map<String, ?> values, String what) {
        if (values == null || values.isEmpty()) {
            throw new ArgumentException(what + " needs at least one column to set; for an upsert that changes"
                    + " nothing on conflict, use OnConflict...doNothing().");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (e.getKey() == null || e.getKey().isEmpty()) {
                throw new ArgumentException(what + " names a column with an empty name.");
            }
            m.put(e.getKey(), e.getValue());
        }
        return new SetClause(Collections.unmodifiableMap(m), null);
    }

    /**
     * Binds the clause to a table: checks the names, orders the columns as the table does and types plain
     * values by their column.
     *
     * @param table the INSERT's table
     * @return the bound clause
     */
    SetClause bind(TableClause table) {
        Map<String, Expression<?>> byName = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : given.entrySet()) {
            ColumnClause<?> col = table.c(e.getKey());
            if (byName.containsKey(col.name())) {
                throw new ArgumentException("An upsert sets column '" + col.name() + "' twice.");
            }
            byName.put(col.name(), e.getValue() instanceof Expression<?> x ? x
                    : BindParameter.anonymous(col.name(), e.getValue(), col.type()));
        }
        Map<String, Expression<?>> ordered = new LinkedHashMap<>();
        for (ColumnClause<?> col : table.columns()) {
            Expression<?> v = byName.get(col.name());
            if (v != null) {
                ordered.put(col.name(), v);
            }
        }
        return new SetClause(given, Collections.unmodifiableMap(ordered));
    }

    /** @return whether {@link #bind} made this clause */
    boolean isBound() {
        return bound != null;
    }

    /** @return the bound values in the table's column order */
    Map<String, Expression<?>> values() {
        if (bound == null) {
            throw new CompileException("An upsert clause is compiled as part of its INSERT: give it to"
                    + " insert.withOption(...) first.");
        }
        return bound;
    }

    /**
     * Appends the bound values to a cache key.
     *
     * @param key the key
     */
    void appendKey(CacheKey.Builder key) {
        Map<String, Expression<?>> v = values();
        key.token(v.size());
        for (Map.Entry<String, Expression<?>> e : v.entrySet()) {
            key.token(e.getKey()).add(e.getValue());
        }
    }
}
