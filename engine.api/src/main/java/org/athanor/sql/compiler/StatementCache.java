package org.athanor.sql.compiler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.athanor.dialect.Dialect;
import org.athanor.dialect.ServerVersion;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.sql.CacheKey;
import org.athanor.sql.Statement;

/**
 * A bounded cache of compiled statement forms for one dialect, keyed by statement shape
 * ({@link CacheKey}) and the server version: running a statement of a shape seen before takes its SQL from
 * here instead of compiling again. When the cache is full the least recently used entries are dropped (a
 * tenth of the capacity at once, so the cost of finding them is spread over many inserts).
 *
 * <p>Thread-safe. A hit takes no lock and writes no shared state in the steady state (a concurrent map, a
 * use stamp per entry that changes only when a new shape came in since, and striped hit counters), so
 * threads running cached statements do not contend. A compilation happens outside any lock, so two threads
 * may compile the same new shape at once; the first result is kept.
 */
public final class StatementCache {
    /** The default number of shapes kept. */
    public static final int DEFAULT_CAPACITY = 500;

    private final int capacity;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Ticks at every insert; an entry's stamp is the tick of its last use. */
    private final AtomicLong clock = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /**
     * Creates a cache.
     *
     * @param capacity the most shapes kept; 0 disables caching
     */
    public StatementCache(int capacity) {
        this.capacity = Math.max(0, capacity);
    }

    /** A cached template and when it was last used. */
    private static final class Entry {
        final CompiledTemplate template;
        volatile long used;

        Entry(CompiledTemplate template, long used) {
            this.template = template;
            this.used = used;
        }
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
            Entry e = entries.get(key);
            if (e != null) {
                long now = clock.get();
                if (e.used != now) {
                    e.used = now; // written only when a new shape came in since this one's last use
                }
                hits.increment();
                return e.template;
            }
        }
        misses.increment();
        CompiledTemplate compiled = Objects.requireNonNull(dialect.statementCompiler().compile(statement, shape));
        if (capacity > 0) {
            Entry existing = entries.putIfAbsent(key, new Entry(compiled, clock.incrementAndGet()));
            if (existing != null) {
                return existing.template;
            }
            if (entries.size() > capacity) {
                evict();
            }
        }
        return compiled;
    }

    /** Drops the least recently used entries beyond the capacity, and a tenth of the capacity in all at least. */
    private synchronized void evict() {
        int excess = entries.size() - capacity;
        if (excess <= 0) {
            return;
        }
        int remove = Math.max(excess, capacity / 10);
        List<Map.Entry<Key, Entry>> all = new ArrayList<>(entries.entrySet());
        all.sort(Comparator.comparingLong(en -> en.getValue().used));
        for (int i = 0; i < remove && i < all.size(); i++) {
            entries.remove(all.get(i).getKey(), all.get(i).getValue());
        }
    }

    public long hits() {
        return hits.sum();
    }

    /** @return how many lookups compiled */
    public long misses() {
        return misses.sum();
    }

    /** @return how many shapes are kept now */
    public int size() {
        return entries.size();
    }

    /** @return the most shapes kept */
    public int capacity() {
        return capacity;
    }

    /** Drops every entry. */
    public void clear() {
        entries.clear();
    }
}
