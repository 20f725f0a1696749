package org.athanor.testing.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.exc.AthanorException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A server restart under load (issue 7), on a server of the test's own ({@link ServerInstance}): threads run
 * short operations through a pre-pinging pool while the server is stopped and started again. Operations are
 * judged by when they started: those in flight when the stop began may fail (at most one per thread);
 * those started while the server was down fail fast with a typed error (the pool does not wait for a server
 * that is gone); once the server is ready, the first success comes within a second (the reconnect back-off is
 * at most half of it), and from then on nothing fails — no dead pooled connection reaches a caller.
 *
 * <p>Not thread-safe; JUnit runs one test at a time per instance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RestartSuite {
    private static final int THREADS = 8;
    private ServerInstance server;
    private volatile boolean stop;

    /**
     * Creates (but does not start) the server of the test's own.
     *
     * @return the instance
     */
    protected abstract ServerInstance createInstance();

    /**
     * Returns the driver connect arguments that bound reads by a socket timeout (see
     * {@link FaultTarget#socketTimeoutArgs(Duration)}).
     *
     * @param timeout the bound
     * @return the arguments
     */
    protected abstract Map<String, Object> socketTimeoutArgs(Duration timeout);

    @BeforeAll
    void startServer() {
        server = createInstance();
        server.start();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** One operation of the load: when it started and ended, and how. */
    private record Op(long start, long end, Class<?> error) {
    }

    @Test
    void aRestartUnderLoadCostsOnlyTheOperationsInFlightAndRecoversWithinASecond() throws Exception {
        Engine engine = Athanor.createEngine(server.url(), EngineOptions.builder().poolSize(5).maxOverflow(5)
                .prePing(true).poolTimeout(Duration.ofSeconds(5))
                .connectArgs(socketTimeoutArgs(Duration.ofSeconds(5))).build());
        ConcurrentLinkedQueue<Op> ops = new ConcurrentLinkedQueue<>();
        stop = false;
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Thread t = new Thread(() -> load(engine, ops), "restart-load-" + i);
            workers.add(t);
            t.start();
        }
        try {
            FaultFixture.sleep(1000);
            long stopping = System.nanoTime();
            server.stop();
            long down = System.nanoTime();
            FaultFixture.sleep(300);
            server.start();
            long ready = System.nanoTime();
            FaultFixture.sleep(2000);
            stop = true;
            for (Thread t : workers) {
                t.join(10_000);
            }
            judge(engine, new ArrayList<>(ops), stopping, down, ready);
        } finally {
            stop = true;
            engine.dispose();
        }
    }

    private void load(Engine engine, ConcurrentLinkedQueue<Op> ops) {
        while (!stop) {
            long start = System.nanoTime();
            try (Connection c = engine.connect()) {
                c.execute("SELECT 1").scalar();
                ops.add(new Op(start, System.nanoTime(), null));
                FaultFixture.sleep(5);
            } catch (RuntimeException e) {
                ops.add(new Op(start, System.nanoTime(), e.getClass()));
                FaultFixture.sleep(20); // a failing caller pauses, as an application would
            }
        }
    }

    private void judge(Engine engine, List<Op> ops, long stopping, long down, long ready) {
        int inFlightErrors = 0;
        int outageErrors = 0;
        int outageOps = 0;
        long firstSuccessAfterReady = Long.MAX_VALUE;
        Map<String, Integer> types = new TreeMap<>();
        for (Op op : ops) {
            if (op.error() != null) {
                types.merge(op.error().getSimpleName(), 1, Integer::sum);
                assertThat(op.error()).isAssignableTo(AthanorException.class);
            }
            if (op.start() < stopping) {
                inFlightErrors += op.error() == null ? 0 : 1;
            } else if (op.start() < ready) {
                outageOps++;
                outageErrors += op.error() == null ? 0 : 1;
            } else if (op.error() == null) {
                firstSuccessAfterReady = Math.min(firstSuccessAfterReady, op.end());
            }
        }
        long lateErrors = 0;
        for (Op op : ops) {
            if (op.start() > firstSuccessAfterReady && op.error() != null) {
                lateErrors++;
            }
        }
        long successes = ops.stream().filter(o -> o.error() == null).count();
        Duration recovery = Duration.ofNanos(firstSuccessAfterReady - ready);
        System.out.printf("[fault] restart under load: %d operations (%d ok), stop took %d ms; errors: %d in flight,"
                + " %d of %d started while down, %d after recovery; first success %d ms after ready; by type %s%n",
                ops.size(), successes, (down - stopping) / 1_000_000, inFlightErrors, outageErrors, outageOps,
                lateErrors, recovery.toMillis(), types);
        assertThat(inFlightErrors).as("errors of operations in flight when the stop began").isLessThanOrEqualTo(THREADS);
        assertThat(firstSuccessAfterReady).as("a success after the server was ready").isNotEqualTo(Long.MAX_VALUE);
        assertThat(recovery).as("first success after the server was ready").isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(lateErrors).as("errors after the first success").isZero();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }
}
