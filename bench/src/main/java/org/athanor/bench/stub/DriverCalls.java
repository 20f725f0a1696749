package org.athanor.bench.stub;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The tally of calls made on the stub driver's objects, per interface method ({@code Connection.rollback},
 * {@code PreparedStatement.executeUpdate}, ...), so a report can show how many driver calls each pool or
 * library makes per operation.
 *
 * <p>Counting is off unless the JVM starts with {@code -Dathanor.bench.countDriverCalls=true}: the flag is a
 * {@code static final}, so in timing runs the JIT removes the counting entirely and every contender meets a
 * driver that does nothing at all, as in HikariCP's own benchmark. The probe turns it on.
 *
 * <p>Thread-safe.
 */
public final class DriverCalls {
    /** Whether calls are counted in this JVM. */
    public static final boolean ENABLED = Boolean.getBoolean("athanor.bench.countDriverCalls");

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    private DriverCalls() {
    }

    /**
     * Counts one call.
     *
     * @param method the interface and method, such as {@code Connection.commit}
     */
    public static void hit(String method) {
        if (ENABLED) {
            COUNTS.computeIfAbsent(method, k -> new LongAdder()).increment();
        }
    }

    /** Forgets every count. */
    public static void reset() {
        COUNTS.clear();
    }

    /**
     * Returns the counts so far, sorted by method.
     *
     * @return a copy: method to number of calls
     */
    public static Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        COUNTS.forEach((k, v) -> {
            long n = v.sum();
            if (n != 0) {
                out.put(k, n);
            }
        });
        return out;
    }
}
