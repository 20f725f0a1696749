package org.athanor.testing.fault;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Breaks the traffic between an engine and its server every few seconds, in turn: drops every connection,
 * stalls for longer than the soak's socket timeout, refuses and drops, adds latency, kills the engine's
 * connections on the server, and stops listening — each followed by a return to normal. Used by
 * {@link LedgerSoak}.
 *
 * <p>Thread-safe: one daemon thread injects; {@link #close()} stops it and returns the proxy to normal.
 */
public final class FaultInjector implements AutoCloseable {
    /** The kinds of fault, in the order they are injected. */
    enum Kind {
        DROP, STALL, REFUSE, LATENCY, SERVER_KILL, UNLISTEN
    }

    private final FaultProxy proxy;
    private final FaultFixture fixture;
    private final Duration every;
    private final Map<Kind, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean stop;

    /**
     * Creates the injector (not started).
     *
     * @param proxy the proxy between engine and server
     * @param fixture the side door to the server, for server-side kills
     * @param every the pause between two faults
     */
    public FaultInjector(FaultProxy proxy, FaultFixture fixture, Duration every) {
        this.proxy = proxy;
        this.fixture = fixture;
        this.every = every;
        this.thread = new Thread(this::loop, "fault-injector");
        thread.setDaemon(true);
    }

    /** Starts injecting. */
    public void start() {
        thread.start();
    }

    private void loop() {
        int n = 0;
        while (!stop) {
            pause(every.toMillis());
            if (stop) {
                return;
            }
            Kind kind = Kind.values()[n++ % Kind.values().length];
            try {
                inject(kind);
                counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            } finally {
                proxy.normal();
            }
        }
    }

    private void inject(Kind kind) {
        switch (kind) {
            case DROP -> proxy.drop();
            case STALL -> {
                proxy.stall();
                pause(4_000);
            }
            case REFUSE -> {
                proxy.refuse();
                proxy.drop();
                pause(1_000);
            }
            case LATENCY -> {
                proxy.latency(Duration.ofMillis(50));
                pause(2_000);
            }
            case SERVER_KILL -> {
                try {
                    for (org.athanor.engine.Row r : fixture.admin().execute(fixture.target()
                            .connectionIdsSql(fixture.tag())).all()) {
                        fixture.run(fixture.target().killSql(((Number) r.get(0)).longValue()));
                    }
                } catch (RuntimeException e) {
                    // a connection that went away meanwhile
                }
            }
            case UNLISTEN -> {
                proxy.unlisten();
                pause(1_000);
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private void pause(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!stop && System.nanoTime() < end) {
            FaultFixture.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
    }

    /**
     * Returns how many faults were injected.
     *
     * @return the count
     */
    public int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /**
     * Returns how many faults of each kind were injected.
     *
     * @return kind name to count
     */
    public Map<String, Integer> byKind() {
        Map<String, Integer> m = new TreeMap<>();
        counts.forEach((k, v) -> m.put(k.name().toLowerCase(java.util.Locale.ROOT), v.get()));
        return m;
    }

    /** Stops injecting, waits for the thread and returns the proxy to normal. */
    @Override
    public void close() {
        stop = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        proxy.normal();
    }
}
