package org.athanor.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.athanor.exc.ArgumentException;

/**
 * Options that govern how statements execute, set generatively on an engine, a connection or a statement
 * ({@code executionOptions(...)} returns a copy) and merged in that order, the statement's winning.
 *
 * <p>Known keys: {@value #AUTOCOMMIT} (Boolean: commit after this statement when no transaction is in
 * progress, overriding detection), {@value #ISOLATION_LEVEL} (String, connection and engine only: the
 * isolation level for the connection while it is checked out), {@value #STREAM_RESULTS} (Boolean: fetch
 * rows in batches with a server-side cursor where the dialect supports it), {@value #FETCH_SIZE}
 * (Integer: the JDBC fetch size), {@value #TIMEOUT} (Integer seconds: the JDBC query timeout),
 * {@value #NO_CACHE} (Boolean: do not cache the compiled form). Other keys are kept for dialects and
 * applications.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExecutionOptions {
    /** Commit after the statement when no transaction is in progress. */
    public static final String AUTOCOMMIT = "autocommit";
    /** The connection's isolation level while checked out. */
    public static final String ISOLATION_LEVEL = "isolation_level";
    /** Stream results with a server-side cursor. */
    public static final String STREAM_RESULTS = "stream_results";
    /** The JDBC fetch size. */
    public static final String FETCH_SIZE = "fetch_size";
    /** The JDBC query timeout in seconds. */
    public static final String TIMEOUT = "timeout";
    /** Do not cache the compiled form of the statement. */
    public static final String NO_CACHE = "no_cache";

    private static final ExecutionOptions EMPTY = new ExecutionOptions(Map.of());

    private final Map<String, Object> values;
    /** The two options the engine reads on every statement and checkout, read out of the map once. */
    private final Boolean autocommit;
    private final String isolationLevel;

    private ExecutionOptions(Map<String, Object> values) {
        this.values = values;
        this.autocommit = (Boolean) values.get(AUTOCOMMIT);
        this.isolationLevel = (String) values.get(ISOLATION_LEVEL);
    }

    /**
     * Returns the empty set of options.
     *
     * @return no options
     */
    public static ExecutionOptions none() {
        return EMPTY;
    }

    /**
     * Returns options holding one key.
     *
     * @param key the option name
     * @param value its value
     * @return the options
     */
    public static ExecutionOptions of(String key, Object value) {
        return EMPTY.with(key, value);
    }

    /**
     * Returns options holding the entries of a map.
     *
     * @param map option names and values
     * @return the options
     */
    public static ExecutionOptions of(Map<String, ?> map) {
        ExecutionOptions o = EMPTY;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            o = o.with(e.getKey(), e.getValue());
        }
        return o;
    }

    /**
     * Shortcut for {@code of(AUTOCOMMIT, value)}.
     *
     * @param value whether to autocommit
     * @return the options
     */
    public static ExecutionOptions autocommit(boolean value) {
        return of(AUTOCOMMIT, value);
    }

    /**
     * Returns a copy with one option set (or removed, when the value is {@code null}).
     *
     * @param key the option name
     * @param value the value, or {@code null} to remove the option
     * @return a new options value
     */
    public ExecutionOptions with(String key, Object value) {
        if (key == null || key.isEmpty()) {
            throw new ArgumentException("An execution option needs a non-empty name.");
        }
        check(key, value);
        Map<String, Object> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new ExecutionOptions(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns these options with {@code other}'s entries laid over them.
     *
     * @param other the options that win
     * @return the merged options
     */
    public ExecutionOptions merge(ExecutionOptions other) {
        if (other == null || other.values.isEmpty()) {
            return this;
        }
        if (values.isEmpty()) {
            return other;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(other.values);
        return new ExecutionOptions(Collections.unmodifiableMap(copy));
    }

    private static void check(String key, Object value) {
        if (value == null) {
            return;
        }
        switch (key) {
            case AUTOCOMMIT, STREAM_RESULTS, NO_CACHE -> {
                if (!(value instanceof Boolean)) {
                    throw new ArgumentException("Execution option '" + key + "' takes true or false, not "
                            + value.getClass().getSimpleName() + " '" + value + "'.");
                }
            }
            case FETCH_SIZE, TIMEOUT -> {
                if (!(value instanceof Integer i) || i < 0) {
                    throw new ArgumentException("Execution option '" + key
                            + "' takes a non-negative Integer, not '" + value + "'.");
                }
            }
            case ISOLATION_LEVEL -> {
                if (!(value instanceof String)) {
                    throw new ArgumentException("Execution option 'isolation_level' takes a String such as"
                            + " 'READ COMMITTED' or 'AUTOCOMMIT', not '" + value + "'.");
                }
            }
            default -> {
            }
        }
    }

    /**
     * Returns an option's value.
     *
     * @param key the option name
     * @return the value, or {@code null} if not set
     */
    public Object get(String key) {
        return values.get(key);
    }

    /**
     * Returns the {@value #AUTOCOMMIT} option.
     *
     * @return its value, or {@code null} when not set (detection decides)
     */
    public Boolean autocommit() {
        return autocommit;
    }

    /**
     * Returns the {@value #ISOLATION_LEVEL} option.
     *
     * @return its value, or {@code null} when not set
     */
    public String isolationLevel() {
        return isolationLevel;
    }

    /**
     * Tells whether no option is set.
     *
     * @return whether empty
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Returns the options as an unmodifiable map.
     *
     * @return the map
     */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExecutionOptions other && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ExecutionOptions" + values;
    }
}
