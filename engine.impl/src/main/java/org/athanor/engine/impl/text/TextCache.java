package org.athanor.engine.impl.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A bounded, approximately least-recently-used cache of parsed text statements, keyed by SQL string.
 *
 * <p>Reads are lock-free (a concurrent map and a use stamp per entry, the stamp being a clock that ticks on
 * inserts, so hits contend on nothing); when an insert takes the cache past
 * its capacity, the least recently used tenth is evicted in one pass, so the scan's cost is spread over
 * many inserts. Thread-safe.
 *
 * @param <V> the cached value
 */
public final class TextCache<V> {
    private final int capacity;
    private final Map<String, Entry<V>> map = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();

    /**
     * Creates a cache.
     *
     * @param capacity the most entries kept, at least 1
     */
    public TextCache(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    /**
     * Returns the cached value for a key, computing and caching it if absent.
     *
     * @param key the SQL string
     * @param compute makes the value
     * @return the value
     */
    public V get(String key, Function<String, V> compute) {
        V cached = peek(key);
        if (cached != null) {
            return cached;
        }
        V value = compute.apply(key);
        put(key, value);
        return value;
    }

    /**
     * Returns the cached value for a key, if any.
     *
     * @param key the SQL string
     * @return the value, or {@code null}
     */
    public V peek(String key) {
        Entry<V> e = map.get(key);
        if (e == null) {
            return null;
        }
        long now = clock.get();
        if (e.used != now) {
            e.used = now;
        }
        return e.value;
    }

    /**
     * Caches a value for a key, replacing any other.
     *
     * @param key the SQL string
     * @param value the value, not {@code null}
     */
    public void put(String key, V value) {
        map.put(key, new Entry<>(value, clock.incrementAndGet()));
        if (map.size() > capacity) {
            evict();
        }
    }

    /**
     * Returns how many entries are cached.
     *
     * @return the size
     */
    public int size() {
        return map.size();
    }

    private synchronized void evict() {
        int excess = map.size() - capacity;
        if (excess <= 0) {
            return;
        }
        int remove = Math.max(excess, capacity / 10);
        List<Map.Entry<String, Entry<V>>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Comparator.comparingLong(en -> en.getValue().used));
        for (int i = 0; i < remove && i < entries.size(); i++) {
            map.remove(entries.get(i).getKey(), entries.get(i).getValue());
        }
    }

    private static final class Entry<V> {
        final V value;
        volatile long used;

        Entry(V value, long used) {
            this.value = value;
            this.used = used;
        }
    }
}
