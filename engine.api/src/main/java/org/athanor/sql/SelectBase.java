package org.athanor.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.athanor.exc.ArgumentException;
import org.athanor.engine.ExecutionOptions;
import org.athanor.sql.types.SqlType;

/**
 * What SELECT and compound SELECTs (UNION, INTERSECT, EXCEPT) share: result columns with names, ORDER BY,
 * LIMIT and OFFSET, and their uses inside other statements — as a FROM subquery, a scalar value, an EXISTS
 * test or one side of a set operation.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class SelectBase extends Statement {

    SelectBase(ExecutionOptions options) {
        super(options);
    }

    /**
     * Returns the selected expressions, in order.
     *
     * @return the expressions
     */
    public abstract List<Expression<?>> selectedColumns();

    /**
     * Returns the names of the result columns: a column's or label's name, a function's name with a
     * number ({@code count_1}), {@code anon_1} for other expressions, and {@code name_1} for a second
     * column of an existing name. The compiler labels each column whose name is not its natural one.
     *
     * @return the names, one per selected expression
     */
    public abstract List<String> columnNames();

    /** @return the ORDER BY items */
    public abstract List<OrderByItem> orderByItems();

    /** @return the LIMIT parameter, or {@code null} */
    public abstract BindParameter<Integer> limitParameter();

    /** @return the OFFSET parameter, or {@code null} */
    public abstract BindParameter<Integer> offsetParameter();

    /**
     * Uses this SELECT as a named FROM element.
     *
     * @param name the name
     * @return the subquery
     */
    public Subquery subquery(String name) {
        return new Subquery(this, name);
    }

    /**
     * Uses this one-column SELECT as a value.
     *
     * @return the scalar subquery, typed like the column
     */
    @SuppressWarnings("unchecked")
    public ScalarSubquery<Object> scalarSubquery() {
        List<Expression<?>> cols = selectedColumns();
        if (cols.size() != 1) {
            throw new ArgumentException("A scalar subquery must select exactly one column, not " + cols.size()
                    + ".");
        }
        return new ScalarSubquery<>(this, (SqlType<Object>) cols.get(0).type());
    }

    /** @return {@code EXISTS (this)} */
    public Exists exists() {
        return new Exists(this);
    }

    /** @param others the other SELECTs @return {@code this UNION others} */
    public CompoundSelect union(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION, this, others);
    }

    /** @param others the other SELECTs @return {@code this UNION ALL others} */
    public CompoundSelect unionAll(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, this, others);
    }

    /** @param others the other SELECTs @return {@code this INTERSECT others} */
    public CompoundSelect intersect(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT, this, others);
    }

    /** @param others the other SELECTs @return {@code this EXCEPT others} ({@code MINUS} on Oracle) */
    public CompoundSelect except(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT, this, others);
    }

    static BindParameter<Integer> count(String what, int n) {
        if (n < 0) {
            throw new ArgumentException(what + " must not be negative, not " + n + ".");
        }
        return BindParameter.anonymous(what.toLowerCase(java.util.Locale.ROOT), n,
                org.athanor.sql.types.SqlTypes.INTEGER);
    }

    /**
     * Names result columns by the rules of {@link #columnNames()}.
     *
     * @param columns the expressions
     * @return the names
     */
    static List<String> nameColumns(List<Expression<?>> columns) {
        List<String> names = new ArrayList<>(columns.size());
        Set<String> used = new HashSet<>();
        for (Expression<?> e : columns) {
            String natural = e.naturalName();
            if (natural != null) {
                used.add(natural);
            }
        }
        Set<String> taken = new HashSet<>();
        Map<String, Integer> counters = new HashMap<>();
        for (Expression<?> e : columns) {
            String natural = e.naturalName();
            String name = natural;
            if (name == null || taken.contains(name)) {
                String stem = natural != null ? natural : e.anonymousStem();
                do {
                    int n = counters.merge(stem, 1, Integer::sum);
                    name = stem + "_" + n;
                } while (taken.contains(name) || used.contains(name));
            }
            taken.add(name);
            names.add(name);
        }
        return List.copyOf(names);
    }
}
