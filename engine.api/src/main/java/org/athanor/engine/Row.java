package org.athanor.engine;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One row of a {@link Result} (seed 003's RowProxy): values by position, by column name as the driver
 * reports it, or by column object.
 *
 * <p>A row is a snapshot, independent of its result once read. Immutable and thread-safe.
 */
@ProviderType
public interface Row {

    /**
     * Returns a value by zero-based position.
     *
     * @param index the position
     * @return the value, possibly {@code null}
     * @throws org.athanor.exc.NoSuchColumnException if there is no such position
     */
    Object get(int index);

    /**
     * Returns a value by column name. An exact match of the name the driver reports wins; otherwise a
     * case-insensitive match is used if exactly one column matches.
     *
     * @param name the column name or label
     * @return the value, possibly {@code null}
     * @throws org.athanor.exc.NoSuchColumnException naming the row's columns if none matches, or if the
     *     name is ambiguous
     */
    Object get(String name);

    /**
     * Returns a value by column name, converted to a type.
     *
     * @param name the column name
     * @param type the type wanted; numbers convert between numeric types, anything to String
     * @param <T> the type
     * @return the value, possibly {@code null}
     */
    <T> T get(String name, Class<T> type);

    /**
     * Returns a value by position, converted to a type.
     *
     * @param index the position
     * @param type the type wanted
     * @param <T> the type
     * @return the value, possibly {@code null}
     */
    <T> T get(int index, Class<T> type);

    /**
     * Returns a value by key: an Integer position, a String name, or a column object of the SQL expression
     * language. A column object is resolved by the statement that produced the row first
     * ({@link Compiled#resultIndex(Object)}), so {@code users.id} and {@code addresses.id} selected together
     * (the second labelled {@code id_1}) each find their own column; otherwise it is matched by its label or
     * name.
     *
     * @param key the key
     * @return the value
     */
    Object getByKey(Object key);

    /**
     * Tells whether the row has a column of this name (by the same rules as {@link #get(String)}).
     *
     * @param name the name
     * @return whether present
     */
    boolean has(String name);

    /**
     * Returns the number of columns.
     *
     * @return the size
     */
    int size();

    /**
     * Returns the column names, in order, as the driver reports them.
     *
     * @return the names
     */
    List<String> keys();

    /**
     * Returns the values in order.
     *
     * @return an unmodifiable list
     */
    List<Object> values();

    /**
     * Returns the row as an insertion-ordered map of name to value.
     *
     * @return an unmodifiable map
     */
    Map<String, Object> asMap();
}
