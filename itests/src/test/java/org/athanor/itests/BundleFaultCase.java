package org.athanor.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.inject.Inject;

import org.athanor.dialect.DialectRegistry;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineFactory;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Transaction;
import org.athanor.exc.DialectUnavailableException;
import org.athanor.pool.PoolStatistics;

/**
 * What the bundle-fault tests share: an engine under load from {@value #WORKERS} workers whose pool is smaller
 * than the load (so that some workers always wait in the pool), the fault (a bundle stopped or refreshed) while
 * they run, and the checks afterwards.
 *
 * <p>Each worker repeats: every third unit, a transaction on a connection of its own that inserts a row, reads
 * a count and commits; otherwise a connectionless read. A worker ends at its first error.
 *
 * <p>After the fault, a worker may meet exactly one kind of error: {@link DialectUnavailableException} naming
 * the dialect that left. The registry marks the engine's dialect gone before it disposes the engine, and every
 * way into the database checks that mark first: a checkout ({@code connect}, connectionless {@code execute}),
 * and every statement or {@code begin} on a connection already checked out. A statement already running in the
 * driver finishes on its connection, which the pool closes once it is returned; a commit under way completes.
 * Nothing closes a driver connection under a worker, so the driver's own closed-connection errors cannot
 * occur; no other error is allowed, and neither is a worker that does not end.
 *
 * <p>Thread safety: as for {@link AthanorContainer}; the load's workers share only the engine and counters.
 */
public abstract class BundleFaultCase extends AthanorContainer {
    /** Worker threads per load. */
    static final int WORKERS = 8;
    /** Units of work the load must finish before the fault, and after a restart. */
    static final int UNITS = 120;
    /** The prefixes of the threads Athanor and these tests start. */
    static final String[] OUR_THREADS = {"athanor-", Load.THREAD_PREFIX};
    /** The system property that sets how many cycles every test runs (for a longer run than the default). */
    static final String CYCLES_PROPERTY = "athanor.itest.fault.cycles";

    /** What brings a dialect away (or back). */
    @FunctionalInterface
    interface Fault {
        /**
         * Does it.
         *
         * @throws Exception if it fails
         */
        void run() throws Exception;
    }

    @Inject
    protected EngineFactory factory;
    @Inject
    protected DialectRegistry registry;

    /**
     * One cycle: an engine under load, the fault, the checks, the recovery, a new engine checked.
     *
     * @param what the cycle, for the figures
     * @param fault brings the dialect away
     * @param recovery brings it back (nothing for a refresh, which does it itself)
     * @throws Exception if the fault or recovery fails
     */
    protected abstract void cycle(String what, Fault fault, Fault recovery) throws Exception;

    /**
     * Runs cycles ({@value #CYCLES_PROPERTY} of them if that system property is set), then checks that the
     * threads of ours did not accumulate since the first cycle (which starts Athanor's shared threads).
     *
     * @param what the fault, for the figures
     * @param byDefault how many cycles without the property
     * @param fault brings the dialect away
     * @param recovery brings it back
     * @throws Exception if a cycle fails
     */
    protected final void cycles(String what, int byDefault, Fault fault, Fault recovery) throws Exception {
        int n = Integer.getInteger(CYCLES_PROPERTY, byDefault);
        threads("before " + what);
        Map<String, Integer> baseline = null;
        for (int i = 1; i <= n; i++) {
            cycle(what + " " + i + "/" + n, fault, recovery);
            if (i == 1) {
                baseline = threads("after " + what + " 1");
            }
        }
        assertNoMoreThreads(threads("after " + what + " " + n), baseline);
    }

    /**
     * The engine options of a load: a pool of 3 + 2 for 8 workers, a pool timeout longer than the workers are
     * given to end (a worker left waiting in the pool shows as stuck, not as a timeout), and a tracked creator.
     *
     * @param tracked the creator
     * @return the options
     */
    static EngineOptions loadOptions(TrackedConnections tracked) {
        return EngineOptions.builder().poolSize(3).maxOverflow(2).poolTimeout(Duration.ofSeconds(60))
                .creator(tracked).build();
    }

    /**
     * Starts the load on an engine whose table exists.
     *
     * @param engine the engine
     * @param table the table, with integer columns {@code w} and {@code n}
     * @param committed counts the transactions committed
     * @return the running load
     */
    static Load load(Engine engine, String table, AtomicLong committed) {
        String insert = "insert into " + table + " (w, n) values (?, ?)";
        String count = "select count(*) from " + table + " where w = ?";
        String total = "select count(*) from " + table;
        return Load.start(WORKERS, (w, n) -> {
            if (n % 3 == 0) {
                try (Connection c = engine.connect(); Transaction tx = c.begin()) {
                    c.execute(insert, w, n).close();
                    c.execute(count, w).scalar();
                    tx.commit();
                }
                committed.incrementAndGet();
            } else {
                engine.execute(total).scalar();
            }
        });
    }

    /**
     * Checks what a fault left: every worker ended by itself, each on a {@link DialectUnavailableException}
     * naming the dialect, and the engine is disposed with no connection checked out or idle.
     *
     * @param load the load, its fault started
     * @param engine its engine
     * @param dialect the qualified name of the dialect that left
     */
    static void assertEndedByTheFault(Load load, Engine engine, String dialect) throws InterruptedException {
        List<String> stuck = load.awaitEnd();
        assertThat(stuck).as("workers that did not end within %d ms", Load.END_MILLIS).isEmpty();
        assertThat(load.errorsBeforeFault()).as("errors before the fault").isEmpty();
        assertThat(load.errorsAfterFault()).as("one error per worker, each ending it").hasSize(WORKERS)
                .allSatisfy(e -> assertThat(e).isExactlyInstanceOf(DialectUnavailableException.class)
                        .hasMessageContaining(dialect));
        assertThat(engine.isDisposed()).as("engine disposed").isTrue();
        PoolStatistics stats = engine.pool().statistics();
        assertThat(stats.checkedOut()).as("connections still checked out").isZero();
        assertThat(stats.checkedIn()).as("connections still idle in the pool").isZero();
    }

    /**
     * Checks that every connection a tracked creator opened is closed.
     *
     * @param tracked the creator
     */
    static void assertAllClosed(TrackedConnections tracked) {
        assertThat(tracked.opened()).as("connections opened").isPositive();
        // Disposal can finish on another thread (Configuration Admin's or SCR's) just after the engine's service
        // is withdrawn, so give the closes a bounded moment to arrive; a leaked connection never arrives.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (tracked.closed() < tracked.opened() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(tracked.closed()).as("connections closed of %d opened", tracked.opened())
                .isEqualTo(tracked.opened());
    }

    /**
     * Prints one cycle's figures, for the record of a run.
     *
     * @param what the cycle
     * @param load its load
     * @param committed its committed transactions
     * @param tracked its creator, or {@code null}
     */
    static void report(String what, Load load, AtomicLong committed, TrackedConnections tracked) {
        System.out.println("[bundle-faults] " + what + ": " + load.done() + " units, " + committed.get()
                + " committed, " + load.waitingAtFault() + " workers waiting in the pool at the fault, errors after"
                + " the fault " + load.errorCounts()
                + (tracked == null ? "" : ", connections opened " + tracked.opened() + " (" + tracked.openedAfterFault()
                + " after the fault) closed " + tracked.closed()));
    }

    /**
     * Checks that threads of ours did not accumulate: no load worker is alive, and no more of each of Athanor's
     * threads than before. (Fewer is fine: Pax Exam runs every test class's framework in this one JVM, and the
     * threads of an earlier class's bundles end when the garbage collector takes their class loaders.)
     *
     * @param now the threads of ours now, from {@link #threads(String)}
     * @param before the threads of ours before
     */
    static void assertNoMoreThreads(Map<String, Integer> now, Map<String, Integer> before) {
        assertThat(now.keySet()).as("load workers alive").noneMatch(name -> name.startsWith(Load.THREAD_PREFIX));
        assertThat(now).as("threads of Athanor now, against before: %s", before).allSatisfy((name, count) ->
                assertThat(count).as(name).isLessThanOrEqualTo(before.getOrDefault(name, 0)));
    }

    /**
     * Reports the threads of ours alive now and in all.
     *
     * @param when when
     * @return ours, per name pattern
     */
    static Map<String, Integer> threads(String when) {
        Map<String, Integer> ours = Framework.threads(OUR_THREADS);
        System.out.println("[bundle-faults] threads " + when + ": " + Framework.threadCount() + " in all, ours "
                + ours);
        return ours;
    }
}
