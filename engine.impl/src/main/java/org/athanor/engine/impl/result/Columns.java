package org.athanor.engine.impl.result;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.athanor.engine.Compiled;
import org.athanor.exc.NoSuchColumnException;

/**
 * The column names of a result, shared by all its rows, with lookup by name: an exact match of the name the
 * driver reports wins; otherwise a case-insensitive match is used if exactly one column matches. Lookup by
 * column object asks the compiled statement first ({@link Compiled#resultIndex(Object)}), so that two columns
 * of the same name from different tables ({@code users.id}, {@code addresses.id AS id_1}) are told apart.
 *
 * <p>Immutable and thread-safe.
 */
public final class Columns {
    private static final int AMBIGUOUS = -2;

    private final List<String> keys;
    private final Map<String, Integer> exact;
    private final Map<String, Integer> folded;
    private final Compiled compiled;

    /**
     * Creates the columns of a result whose statement resolves no column objects.
     *
     * @param keys the names, in order, as the driver reports them
     */
    public Columns(List<String> keys) {
        this(keys, null);
    }

    /**
     * Creates the columns.
     *
     * @param keys the names, in order, as the driver reports them
     * @param compiled the statement whose result these are, which resolves column objects; may be {@code null}
     */
    public Columns(List<String> keys, Compiled compiled) {
        this.compiled = compiled;
        this.keys = List.copyOf(keys);
        this.exact = new HashMap<>(keys.size() * 2);
        this.folded = new HashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            Integer prev = exact.putIfAbsent(k, i);
            if (prev != null) {
                exact.put(k, AMBIGUOUS);
            }
            String f = k.toLowerCase(Locale.ROOT);
            Integer prevF = folded.putIfAbsent(f, i);
            if (prevF != null) {
                folded.put(f, AMBIGUOUS);
            }
        }
    }

    /** @return the names, in order */
    public List<String> keys() {
        return keys;
    }

    /**
     * Tells whether these are exactly the given names, in order.
     *
     * @param names the names
     * @return whether equal
     */
    public boolean hasKeys(List<String> names) {
        int n = keys.size();
        if (names.size() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!keys.get(i).equals(names.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return the number of columns */
    public int size() {
        return keys.size();
    }

    /**
     * Finds a column.
     *
     * @param name the name
     * @return its index, or -1 if none matches or the name is ambiguous
     */
    public int find(String name) {
        Integer i = exact.get(name);
        if (i == null) {
            i = folded.get(name.toLowerCase(Locale.ROOT));
        }
        return i == null || i < 0 ? -1 : i;
    }

    /**
     * Finds the column a column object (or other key) stands for, as the compiled statement knows it.
     *
     * @param key the column object
     * @return its index, or -1 if the statement does not know the key
     */
    public int resultIndex(Object key) {
        if (compiled == null) {
            return -1;
        }
        int i = compiled.resultIndex(key);
        return i < keys.size() ? i : -1;
    }

    /**
     * Finds a column or fails.
     *
     * @param name the name
     * @return its index
     * @throws NoSuchColumnException naming the columns there are, or saying the name is ambiguous
     */
    public int indexOf(String name) {
        if (name == null) {
            throw new NoSuchColumnException("A column name must not be null; the columns are " + keys + ".");
        }
        Integer i = exact.get(name);
        if (i == null) {
            i = folded.get(name.toLowerCase(Locale.ROOT));
        }
        if (i == null) {
            throw new NoSuchColumnException("No column named '" + name + "' in this row; its columns are " + keys
                    + ". Use one of these names (or a label in the SQL), or a position.");
        }
        if (i == AMBIGUOUS) {
            throw new NoSuchColumnException("The column name '" + name + "' is ambiguous: more than one of " + keys
                    + " matches it. Give the columns distinct labels in the SQL, or use a position.");
        }
        return i;
    }

    /**
     * Checks a position.
     *
     * @param index the position
     * @return the position
     * @throws NoSuchColumnException if out of range
     */
    public int checkIndex(int index) {
        if (index < 0 || index >= keys.size()) {
            throw new NoSuchColumnException("No column at position " + index + "; the row has " + keys.size()
                    + " columns (positions 0 to " + (keys.size() - 1) + "): " + keys + ".");
        }
        return index;
    }
}
