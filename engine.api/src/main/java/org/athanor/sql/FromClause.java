package org.athanor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.NoSuchColumnException;

/**
 * Something a SELECT reads rows from: a table, an alias, a subquery or a join. It has columns, found by
 * name with {@link #c(String)} (the seed's {@code table.c.col1}) or typed with {@link #c(String, Class)}.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class FromClause extends ClauseElement {

    /** Creates a FROM element. */
    protected FromClause() {
    }

    /**
     * Returns the columns, in order.
     *
     * @return the columns
     */
    public abstract List<ColumnClause<?>> columns();

    /**
     * Returns a name for messages, such as the table name.
     *
     * @return the name
     */
    public abstract String description();

    /**
     * Appends to a cache key what identifies this element when one of its columns is referenced.
     *
     * @param key the key
     */
    protected abstract void appendReferenceKey(CacheKey.Builder key);

    /**
     * Returns the column of a name: an exact match, or else the only case-insensitive match. The column is
     * typed {@code Object} so that any value can be compared with it; use {@link #c(String, Class)} for a
     * typed handle.
     *
     * @param name the column name
     * @return the column
     * @throws NoSuchColumnException naming the columns there are, if none matches
     */
    @SuppressWarnings("unchecked")
    public ColumnClause<Object> c(String name) {
        return (ColumnClause<Object>) find(columns(), name);
    }

    /**
     * Returns the column at a position.
     *
     * @param index the zero-based position
     * @return the column
     * @throws NoSuchColumnException if there is no such position
     */
    @SuppressWarnings("unchecked")
    public ColumnClause<Object> c(int index) {
        List<ColumnClause<?>> cols = columns();
        if (index < 0 || index >= cols.size()) {
            throw new NoSuchColumnException(description() + " has " + cols.size() + " columns; there is no column "
                    + index + ".");
        }
        return (ColumnClause<Object>) cols.get(index);
    }

    /**
     * Returns the column of a name as a typed handle, checking that its type carries that Java class.
     *
     * @param name the column name
     * @param javaType the Java class of the column's type
     * @param <T> that class
     * @return the column
     * @throws ArgumentException if the column's type carries another class
     */
    @SuppressWarnings("unchecked")
    public <T> ColumnClause<T> c(String name, Class<T> javaType) {
        ColumnClause<?> col = find(columns(), name);
        checkJavaType(col, javaType);
        return (ColumnClause<T>) col;
    }

    /**
     * Tells whether there is a column of this name (by the rules of {@link #c(String)}).
     *
     * @param name the name
     * @return whether present
     */
    public boolean hasColumn(String name) {
        return lookup(columns(), name) != null;
    }

    /**
     * Returns the FROM elements this one stands for in a FROM list (a join covers its tables), so a SELECT
     * does not list them again.
     *
     * @return the covered elements, including this one
     */
    public Set<FromClause> coveredFroms() {
        return Set.of(this);
    }

    /**
     * Inner-joins another element on a condition.
     *
     * @param right the element to join
     * @param on the join condition
     * @return the join
     */
    public Join join(FromClause right, Expression<?> on) {
        return new Join(this, right, on, Join.Type.INNER);
    }

    /**
     * Inner-joins another element on the foreign keys between them.
     *
     * @param right the element to join
     * @return the join
     * @throws ArgumentException if no foreign key, or more than one, links them
     */
    public Join join(FromClause right) {
        return new Join(this, right, Join.inferCondition(this, right), Join.Type.INNER);
    }

    /**
     * Left-outer-joins another element on a condition.
     *
     * @param right the element to join
     * @param on the join condition
     * @return the join
     */
    public Join outerJoin(FromClause right, Expression<?> on) {
        return new Join(this, right, on, Join.Type.LEFT);
    }

    /**
     * Left-outer-joins another element on the foreign keys between them.
     *
     * @param right the element to join
     * @return the join
     */
    public Join outerJoin(FromClause right) {
        return new Join(this, right, Join.inferCondition(this, right), Join.Type.LEFT);
    }

    /**
     * Full-outer-joins another element on a condition (not on MySQL, which has no FULL JOIN).
     *
     * @param right the element to join
     * @param on the join condition
     * @return the join
     */
    public Join fullOuterJoin(FromClause right, Expression<?> on) {
        return new Join(this, right, on, Join.Type.FULL);
    }

    /**
     * Gives this element another name in a FROM list ({@code users AS u}); its columns are then referred
     * to through the alias.
     *
     * @param name the alias
     * @return the alias
     */
    public Alias alias(String name) {
        return new Alias(this, name);
    }

    /**
     * Selects all columns of this element.
     *
     * @return {@code SELECT * FROM this}, with the columns listed
     */
    public Select select() {
        return SQL.select(this);
    }

    static ColumnClause<?> find(List<ColumnClause<?>> columns, String name) {
        ColumnClause<?> c = lookup(columns, name);
        if (c == null) {
            List<String> names = new ArrayList<>();
            for (ColumnClause<?> col : columns) {
                names.add(col.name());
            }
            throw new NoSuchColumnException("No column named '" + name + "'; the columns are " + names + ".");
        }
        return c;
    }

    static ColumnClause<?> lookup(List<ColumnClause<?>> columns, String name) {
        ColumnClause<?> ci = null;
        int ciCount = 0;
        for (ColumnClause<?> c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
            if (name != null && c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                ci = c;
                ciCount++;
            }
        }
        return ciCount == 1 ? ci : null;
    }

    static void checkJavaType(ColumnClause<?> col, Class<?> javaType) {
        Class<?> actual = col.type().javaType();
        if (!javaType.isAssignableFrom(actual) && actual != Object.class) {
            throw new ArgumentException("Column '" + col.name() + "' is of type " + col.type() + ", carried as "
                    + actual.getSimpleName() + ", not " + javaType.getSimpleName() + ".");
        }
    }
}
