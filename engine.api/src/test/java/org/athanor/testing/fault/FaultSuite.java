package org.athanor.testing.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Transaction;
import org.athanor.exc.AthanorException;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.ResourceClosedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fault tests every live dialect runs (issue 7): server-side kills, a dropped network mid-transaction, a
 * stalled server, refused connections and recovery, pre-ping, recycle, and a server out of connection slots —
 * each through a real engine and pool, most with a {@link FaultProxy} between engine and server. A dialect
 * module subclasses it with its {@link FaultTarget}; the session-reset tests are in {@link SessionResetSuite}.
 *
 * <p>Not thread-safe; JUnit runs one test at a time per instance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FaultSuite {
    /** The socket timeout the stall test sets. */
    protected static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(1);

    protected FaultFixture fixture;
    protected String table;
    private final List<AutoCloseable> cleanup = new ArrayList<>();

    /**
     * Returns the database under test.
     *
     * @return the target
     */
    protected abstract FaultTarget target();

    @BeforeAll
    void openFixture() {
        fixture = new FaultFixture(target());
        table = FaultFixture.uniqueName("fault");
        fixture.createTable(table);
    }

    @AfterAll
    void closeFixture() {
        if (fixture != null) {
            try {
                fixture.run("DROP TABLE " + fixture.adminName(table));
            } finally {
                fixture.close();
            }
        }
    }

    @AfterEach
    void closeResources() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
        cleanup.clear();
        fixture.run("DELETE FROM " + fixture.adminName(table));
    }

    /** Creates a tested engine, disposed after the test. */
    protected Engine engine(FaultProxy proxy, EngineOptions options) {
        Engine e = fixture.engine(proxy, options);
        cleanup.add(e::dispose);
        return e;
    }

    /** Starts a proxy in front of the server, closed after the test. */
    protected FaultProxy proxy() {
        org.athanor.engine.URL url = target().url();
        FaultProxy p = FaultProxy.start(url.host() == null ? "127.0.0.1" : url.host(), url.port());
        cleanup.add(p);
        return p;
    }

    private long count(String where) {
        return fixture.scalar("SELECT count(*) FROM " + fixture.adminName(table) + " WHERE " + where);
    }

    private static void selectOne(Engine e) {
        try (Connection c = e.connect()) {
            assertThat(((Number) c.execute("SELECT 1").scalar()).intValue()).isEqualTo(1);
        }
    }

    /** Checks out {@code n} connections at once and returns their server ids. */
    private Set<Long> holdAtOnce(Engine e, int n) {
        List<Connection> held = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        try {
            for (int i = 0; i < n; i++) {
                Connection c = e.connect();
                held.add(c);
                ids.add(fixture.connectionId(c));
            }
        } finally {
            held.forEach(Connection::close);
        }
        assertThat(ids).hasSize(n);
        return ids;
    }

    @Test
    void serverKillOfConnectionsInUseAndIdle() {
        Engine e = engine(null, EngineOptions.builder().poolSize(3).maxOverflow(0).build());
        Set<Long> before = holdAtOnce(e, 3);
        Connection inUse = e.connect();
        Transaction tx = inUse.begin();
        inUse.execute("INSERT INTO " + table + " VALUES (1, 1)").close();

        assertThat(fixture.killAll()).isEqualTo(3);

        Throwable t = catchThrowable(() -> inUse.execute("INSERT INTO " + table + " VALUES (2, 2)").close());
        assertThat(t).isInstanceOf(DBAPIException.class);
        assertThat(((DBAPIException) t).connectionInvalidated()).as("a disconnect: %s", t).isTrue();
        assertThat(inUse.isInvalidated()).isTrue();
        assertThatThrownBy(() -> inUse.execute("SELECT 1")).isInstanceOf(ResourceClosedException.class);
        assertThat(tx.isActive()).isFalse();
        inUse.close();
        assertThat(count("id IN (1, 2)")).as("nothing of the transaction committed").isZero();

        // the disconnect invalidated the idle ones too: they are replaced, the caller never sees them
        Set<Long> after = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            try (Connection c = e.connect()) {
                after.add(fixture.connectionId(c));
            }
        }
        assertThat(after).doesNotContainAnyElementsOf(before);
        assertThat(e.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void proxyDropMidTransactionRaisesADisconnectAndCommitsNothing() {
        FaultProxy proxy = proxy();
        Engine e = engine(proxy, EngineOptions.builder().poolSize(2).maxOverflow(0).build());
        Connection c = e.connect();
        Transaction tx = c.begin();
        c.execute("INSERT INTO " + table + " VALUES (10, 1)").close();

        assertThat(proxy.drop()).isPositive();

        Throwable t = catchThrowable(() -> {
            c.execute("INSERT INTO " + table + " VALUES (11, 1)").close();
            tx.commit();
        });
        assertThat(t).isInstanceOf(DBAPIException.class);
        assertThat(((DBAPIException) t).connectionInvalidated()).as("a disconnect: %s", t).isTrue();
        assertThat(c.isInvalidated()).isTrue();
        c.close();
        assertThat(count("id IN (10, 11)")).isZero();

        try (Connection next = e.connect(); Transaction t2 = next.begin()) {
            next.execute("INSERT INTO " + table + " VALUES (12, 1)").close();
            t2.commit();
        }
        assertThat(count("id = 12")).isEqualTo(1);
    }

    @Test
    void aStallEndsTheCallWithinTheSocketTimeoutAndLeavesThePoolWhole() {
        FaultProxy proxy = proxy();
        Engine e = engine(proxy, EngineOptions.builder().poolSize(2).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(10)).connectArgs(target().socketTimeoutArgs(SOCKET_TIMEOUT)).build());
        holdAtOnce(e, 2);
        Connection c = e.connect();
        proxy.stall();
        long start = System.nanoTime();
        Throwable t = catchThrowable(() -> c.execute("SELECT 1").scalar());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        proxy.normal();
        assertThat(t).as("the stalled call ends with an error").isInstanceOf(DBAPIException.class);
        assertThat(t.getMessage()).isNotBlank();
        // a hang check, not a speed claim: the call must end near the bound, long before any default timeout
        assertThat(took).as("ended after %s", took).isLessThan(SOCKET_TIMEOUT.plusSeconds(9));
        c.close();

        assertThat(e.pool().statistics().checkedOut()).isZero();
        holdAtOnce(e, 2); // both slots usable again
        assertThat(e.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void whileRefusedCheckoutsFailFastAndOnceAcceptedThePoolRefills() {
        FaultProxy proxy = proxy();
        Engine e = engine(proxy, EngineOptions.builder().poolSize(3).maxOverflow(0).prePing(true)
                .poolTimeout(Duration.ofSeconds(30)).build());
        holdAtOnce(e, 3);
        proxy.refuse();
        proxy.drop();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            Throwable t = catchThrowable(() -> selectOne(e));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(t).isInstanceOf(DBAPIException.class);
            assertThat(took).as("fails fast, not after the 30 s pool timeout").isLessThan(Duration.ofSeconds(10));
        }
        assertThat(e.pool().statistics().checkedOut()).isZero();

        proxy.normal();
        boolean recovered = FaultFixture.await(() -> {
            try {
                selectOne(e);
                return true;
            } catch (DBAPIException ex) {
                return false;
            }
        }, 5_000);
        assertThat(recovered).as("the pool reconnects by itself once accepted").isTrue();
        holdAtOnce(e, 3);
        selectOne(e);
    }

    @Test
    void prePingHidesDeadIdleConnections() {
        FaultProxy proxy = proxy();
        Engine e = engine(proxy, EngineOptions.builder().poolSize(3).maxOverflow(0).prePing(true).build());
        Set<Long> before = holdAtOnce(e, 3);
        assertThat(proxy.drop()).isEqualTo(3);
        for (int i = 0; i < 6; i++) {
            try (Connection c = e.connect()) {
                assertThat(fixture.connectionId(c)).isNotIn(before);
            }
        }
    }

    @Test
    void recycleReplacesOldConnectionsUnnoticed() {
        Engine e = engine(null, EngineOptions.builder().poolSize(1).maxOverflow(0)
                .poolRecycle(Duration.ofMillis(300)).build());
        long first;
        try (Connection c = e.connect()) {
            first = fixture.connectionId(c);
        }
        FaultFixture.sleep(400);
        try (Connection c = e.connect()) {
            assertThat(fixture.connectionId(c)).isNotEqualTo(first);
        }
        assertThat(FaultFixture.await(() -> fixture.serverConnections() == 1, 5_000))
                .as("the old connection was closed").isTrue();
    }

    @Test
    void tooManyConnectionsRefusalsAreRetriedAtALimitedRate() throws Exception {
        String user = FaultFixture.uniqueName("athanor_lim");
        String password = "Pw" + FaultFixture.uniqueName("x");
        fixture.run(target().createLimitedUserSql(user, password, 2));
        cleanup.add(() -> fixture.run(target().dropUserSql(user)));
        FaultProxy proxy = proxy(); // counts the attempts
        org.athanor.engine.URL url = fixture.url(proxy).withUsername(user).withPassword(password);
        Engine e = org.athanor.engine.Athanor.createEngine(url, EngineOptions.builder().poolSize(5).maxOverflow(5)
                .poolTimeout(Duration.ofSeconds(2)).build());
        cleanup.add(e::dispose);

        int threads = 12;
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ConcurrentHashMap<Class<?>, Integer> errors = new java.util.concurrent.ConcurrentHashMap<>();
        List<Thread> all = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread th = new Thread(() -> {
                while (System.nanoTime() < until) {
                    try (Connection c = e.connect()) {
                        c.execute("SELECT 1").scalar();
                        ok.incrementAndGet();
                        FaultFixture.sleep(10);
                    } catch (RuntimeException ex) {
                        errors.merge(ex.getClass(), 1, Integer::sum);
                        FaultFixture.sleep(2); // a failing caller pauses, as an application would
                    }
                }
            }, "too-many-" + i);
            all.add(th);
            th.start();
        }
        for (Thread th : all) {
            th.join();
        }
        long attempts = proxy.acceptedConnections();
        System.out.println("[fault] " + target().name() + " too many connections: " + ok + " successes, errors "
                + errors + ", " + attempts + " connection attempts reached the server in 2 s");
        assertThat(ok.get()).as("the two allowed connections keep serving").isPositive();
        assertThat(errors.keySet()).allSatisfy(type -> assertThat(type).isAssignableTo(AthanorException.class));
        // without the rate limit every failed checkout is a new attempt: thousands in 2 s
        assertThat(attempts).as("connection attempts").isLessThan(80);
        assertThat(e.pool().statistics().checkedOut()).isZero();
    }
}
