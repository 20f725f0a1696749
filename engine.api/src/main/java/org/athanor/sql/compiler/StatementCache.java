package org.athanor.sql.compiler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.athanor.dialect.Dialect;
import org.athanor.dialect.ServerVersion;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.sql.CacheKey;
import org.athanor.sql.Statement;

/**
 * A bounded cache of compiled statement forms for one dialect, keyed by statement shape
 * ({@link CacheKey}) and the server version: running a statement of a shape seen before takes its SQL from
 * here instead of compiling again. The least recently used entry is dropped when the cache is full.
 *
 * <p>Thread-safe. A compilation happens outside the lock, so two threads may compile the same new shape at
 * once; the first result is kept.
 */
public final class StatementCache {
    /** The default number of shapes kept. */
    public static final int DEFAULT_CAPACITY = 500;

    private final int capacity;
    private final LinkedHashMap<Key, CompiledTemplate> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /**
     * Creates a cache.
     *
     * @param capacity the most shapes kept; 0 disables caching
     */
    public StatementCache(int capacity) {
        this.capacity = Math.max(0, capacity);
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    private record Key(CacheKey shape, ServerVersion version) {
    }

    /**
     * Compiles a statement for a dialect through the dialect's cache (the implementation of
     * {@code Statement.compile}).
     *
     * @param statement the statement
     * @param dialect the dialect
     * @param parameters the execution parameters (their names decide the columns of an INSERT or UPDATE
     *     without explicit values)
     * @return the compiled form with the statement's values
     */
    public static Compiled compile(Statement statement, Dialect dialect, Map<String, ?> parameters) {
        CacheKey key = CacheKey.of(statement, parameters.keySet());
        boolean noCache = Boolean.TRUE.equals(statement.executionOptions().get(ExecutionOptions.NO_CACHE));
        StatementCache cache = dialect.statementCache();
        CompiledTemplate template = noCache || cache == null
                ? dialect.statementCompiler().compile(statement, key)
                : cache.get(key, statement, dialect);
        return template.instantiate(key.binds());
    }

    /**
     * Returns the cached form of a shape, compiling and adding it if absent.
     *
     * @param shape the statement's cache key
     * @param statement the statement, compiled if the shape is absent
     * @param dialect the dialect to compile with
     * @return the template
     */
    CompiledTemplate get(CacheKey shape, Statement statement, Dialect dialect) {
        Key key = new Key(shape, dialect.serverVersion());
        if (capacity > 0) {
            synchronized (entries) {
                CompiledTemplate t = entries.get(key);
                if (t != null) {
                    hits.incrementAndGet();
                    return t;
                }
            }
        }
        misses.incrementAndGet();
        CompiledTemplate compiled = Objects.requireNonNull(dialect.statementCompiler().compile(statement, shape));
        if (capacity > 0) {
            synchronized (entries) {
                CompiledTemplate existing = entries.putIfAbsent(key, compiled);
                if (existing != null) {
                    return existing;
                }
                while (entries.size() > capacity) {
                    entries.remove(entries.keySet().iterator().next());
                }
            }
        }
        return compiled;
    }

    /** @return how many lookups found a compiled form */
    public long hits() {
        return hits.get();
    }

    /** @return how many lookups compiled */
    public long misses() {
        return misses.get();
    }

    /** @return how many shapes are kept now */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** @return the most shapes kept */
    public int capacity() {
        return capacity;
    }

    /** Drops every entry. */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
