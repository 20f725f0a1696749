package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.OperationalException;
import org.junit.jupiter.api.Test;

class Pool_ConnectBackoffTest {
    private final StubDatabase db = new StubDatabase();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile CountDownLatch hold;

    private Connection create() throws SQLException {
        attempts.incrementAndGet();
        CountDownLatch h = hold;
        if (h != null) {
            Threads.await(h);
        }
        return db.create();
    }

    private QueuePool pool(Duration backoff) {
        return new QueuePool(this::create, PoolConfig.builder().size(2).maxOverflow(20)
                .timeout(Duration.ofSeconds(5)).connectBackoff(backoff).build());
    }

    private static void refuse(QueuePool pool) {
        assertThatThrownBy(pool::connect).isInstanceOf(OperationalException.class);
    }

    @Test
    void oneFailureChangesNothing() {
        QueuePool pool = pool(Duration.ofMinutes(1));
        db.connectFailure = new SQLException("refused", "08001");
        refuse(pool);
        db.connectFailure = null;
        pool.connect().close();
        assertThat(attempts).hasValue(2);
    }

    @Test
    void fromTheSecondFailureInARowConnectsFailFastWithTheSameStateAndCode() {
        QueuePool pool = pool(Duration.ofMinutes(1));
        db.connectFailure = new SQLException("Too many connections", "08004", 1040);
        refuse(pool);
        refuse(pool);
        db.connectFailure = null; // the server is back, but the back-off has not passed
        OperationalException fast = catchThrowableOfType(OperationalException.class, pool::connect);
        assertThat(attempts).hasValue(2);
        assertThat(fast).hasCauseInstanceOf(SQLException.class);
        SQLException cause = (SQLException) fast.getCause();
        assertThat(cause.getSQLState()).isEqualTo("08004");
        assertThat(cause.getErrorCode()).isEqualTo(1040);
        assertThat(cause.getMessage()).contains("Not connecting now").contains("the last 2 attempts")
                .contains("Too many connections");
        assertThat(pool.statistics().checkedOut()).isZero(); // the reserved slot came back
    }

    @Test
    void afterTheBackoffOneProbeGoesThroughAndASuccessReopensTheGate() throws Exception {
        QueuePool pool = pool(Duration.ofMillis(30));
        db.connectFailure = new SQLException("refused", "08001");
        refuse(pool);
        refuse(pool);
        db.connectFailure = null;
        Connection got = null;
        for (int i = 0; i < 500 && got == null; i++) {
            try (PooledConnection h = pool.connect()) {
                got = h.driverConnection();
            } catch (OperationalException e) {
                Thread.sleep(5);
            }
        }
        assertThat(got).isNotNull();
        assertThat(attempts).hasValue(3); // two failures, then one probe that succeeded
        List<PooledConnection> held = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            held.add(pool.connect()); // open for everyone again
        }
        held.forEach(PooledConnection::close);
    }

    @Test
    void whileOneCallerProbesTheOthersFailFast() throws Exception {
        QueuePool pool = pool(Duration.ofMillis(1));
        db.connectFailure = new SQLException("refused", "08001");
        refuse(pool);
        refuse(pool);
        Thread.sleep(20); // the 25 ms first back-off is capped at 1 ms
        db.connectFailure = null;
        hold = new CountDownLatch(1);
        AtomicInteger probeDone = new AtomicInteger();
        Thread prober = new Thread(() -> {
            pool.connect().close();
            probeDone.incrementAndGet();
        }, "prober");
        prober.start();
        while (attempts.get() < 3) {
            Thread.sleep(1);
        }
        assertThatThrownBy(pool::connect).isInstanceOf(OperationalException.class)
                .hasMessageContaining("once the one in progress ends");
        hold.countDown();
        prober.join();
        assertThat(probeDone).hasValue(1);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void manyThreadsHammeringARefusingDatabaseMakeFewAttempts() throws Exception {
        QueuePool pool = pool(Duration.ofMillis(500));
        db.connectFailure = new SQLException("Too many connections", "08004", 1040);
        int threads = 16;
        int calls = 200;
        AtomicInteger failures = new AtomicInteger();
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < calls; i++) {
                    try {
                        pool.connect().close();
                    } catch (OperationalException e) {
                        failures.incrementAndGet();
                    }
                }
            });
            all.add(th);
            th.start();
        }
        for (Thread th : all) {
            th.join();
        }
        assertThat(failures).hasValue(threads * calls);
        // without the gate every call would reach the database: 3,200 attempts
        assertThat(attempts.get()).isLessThan(100);
        assertThat(pool.statistics().checkedOut()).isZero();
    }

    @Test
    void aZeroBackoffTurnsTheRateLimitOff() {
        QueuePool pool = pool(Duration.ZERO);
        db.connectFailure = new SQLException("refused", "08001");
        for (int i = 0; i < 10; i++) {
            refuse(pool);
        }
        assertThat(attempts).hasValue(10);
    }

    @Test
    void theBackoffIsConfigurable() {
        assertThat(PoolConfig.defaults().connectBackoff()).isEqualTo(PoolConfig.DEFAULT_CONNECT_BACKOFF);
        assertThat(PoolConfig.builder().connectBackoff(null).build().connectBackoff())
                .isEqualTo(PoolConfig.DEFAULT_CONNECT_BACKOFF);
        assertThat(PoolConfig.builder().connectBackoff(Duration.ofSeconds(2)).build().toBuilder().build()
                .connectBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> PoolConfig.builder().connectBackoff(Duration.ofMillis(-1)).build())
                .isInstanceOf(ArgumentException.class).hasMessageContaining("connectBackoff");
    }
}
