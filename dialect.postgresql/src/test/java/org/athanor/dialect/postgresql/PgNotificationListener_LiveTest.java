package org.athanor.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.ResourceClosedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LISTEN/NOTIFY on a real server: notifications sent from another connection reach the handler. */
class PgNotificationListener_LiveTest {

    /** How long a test waits for an event that should come; only a failing test waits this long. */
    private static final long WAIT_SECONDS = 10;

    private PgjdbcDialect dialect;
    private Connection sender;
    private int senderPid;
    private final BlockingQueue<PgNotification> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<RuntimeException> errors = new LinkedBlockingQueue<>();
    private final PgNotificationHandler handler = new PgNotificationHandler() {
        @Override
        public void onNotification(PgNotification n) {
            if (n.payload().equals("boom")) {
                throw new IllegalStateException("handler failed on purpose");
            }
            received.add(n);
        }

        @Override
        public void onError(RuntimeException error) {
            errors.add(error);
        }
    };

    @BeforeEach
    void connectSender() throws SQLException {
        dialect = LivePostgres.dialect();
        sender = LivePostgres.connect(dialect);
        sender.setAutoCommit(true);
        senderPid = backendPid(sender);
    }

    @AfterEach
    void closeSender() throws SQLException {
        if (sender != null) {
            sender.close();
        }
    }

    private static int backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private PgNotification next() throws InterruptedException {
        PgNotification n = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(n).as("a notification within %d s", WAIT_SECONDS).isNotNull();
        return n;
    }

    @Test
    void notificationsFromAnotherConnectionReachTheHandler() throws Exception {
        String channel = LivePostgres.uniqueName("chan");
        Connection own = LivePostgres.connect(dialect);
        own.setAutoCommit(false); // the listener switches it to autocommit, as seed 000 does
        try (PgNotificationListener listener = PgNotificationListener.start(own, handler, channel)) {
            assertThat(own.getAutoCommit()).isTrue();
            assertThat(listener.channels()).containsExactly(channel);
            try (Statement s = sender.createStatement()) {
                s.execute("NOTIFY " + channel + ", 'hello'");
            }
            PgNotificationListener.notify(sender, channel, "second");
            PgNotification first = next();
            assertThat(first).isEqualTo(new PgNotification(channel, "hello", senderPid));
            assertThat(next().payload()).isEqualTo("second");
            assertThat(listener.isRunning()).isTrue();
        }
        assertThat(own.isClosed()).isTrue();
    }

    @Test
    void notificationsInATransactionArriveOnCommitOnly() throws Exception {
        String channel = LivePostgres.uniqueName("chan");
        try (PgNotificationListener listener = PgNotificationListener.start(LivePostgres.connect(dialect), handler,
                channel)) {
            sender.setAutoCommit(false);
            PgNotificationListener.notify(sender, channel, "rolled back");
            sender.rollback();
            PgNotificationListener.notify(sender, channel, "committed");
            sender.commit();
            assertThat(next().payload()).isEqualTo("committed");
            assertThat(received).isEmpty();
        }
    }

    @Test
    void channelsCanBeAddedAndRemovedWhileRunning() throws Exception {
        String a = LivePostgres.uniqueName("chan");
        String b = "Mixed Case " + a; // quoted: exact names
        try (PgNotificationListener listener = PgNotificationListener.start(LivePostgres.connect(dialect),
                Duration.ofMillis(100), handler, List.of(a))) {
            listener.listen(b);
            assertThat(listener.channels()).containsExactlyInAnyOrder(a, b);
            PgNotificationListener.notify(sender, b, "to b");
            assertThat(next()).isEqualTo(new PgNotification(b, "to b", senderPid));

            listener.unlisten(a);
            PgNotificationListener.notify(sender, a, "nobody hears this");
            PgNotificationListener.notify(sender, b, "after unlisten");
            assertThat(next().payload()).isEqualTo("after unlisten"); // in order, so a's would have come first
            assertThat(listener.channels()).containsExactly(b);
        }
    }

    @Test
    void aFailingHandlerIsReportedAndTheListenerGoesOn() throws Exception {
        String channel = LivePostgres.uniqueName("chan");
        try (PgNotificationListener listener = PgNotificationListener.start(LivePostgres.connect(dialect), handler,
                channel)) {
            PgNotificationListener.notify(sender, channel, "boom");
            PgNotificationListener.notify(sender, channel, "after boom");
            assertThat(next().payload()).isEqualTo("after boom");
            assertThat(errors.poll()).isInstanceOf(IllegalStateException.class);
            assertThat(listener.isRunning()).isTrue();
        }
    }

    @Test
    void aTerminatedConnectionStopsTheListenerWithADisconnectError() throws Exception {
        String channel = LivePostgres.uniqueName("chan");
        Connection own = LivePostgres.connect(dialect);
        int pid = backendPid(own);
        PgNotificationListener listener = PgNotificationListener.start(own, Duration.ofMillis(100), handler,
                List.of(channel));
        try (Statement s = sender.createStatement()) {
            s.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
        RuntimeException error = errors.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(error).isInstanceOf(DBAPIException.class);
        assertThat(((DBAPIException) error).connectionInvalidated()).isTrue();
        assertThat(listener.isRunning()).isFalse();
        assertThatThrownBy(() -> listener.listen("more")).isInstanceOf(ResourceClosedException.class);
        listener.close();
        listener.close(); // idempotent
    }

    @Test
    void refusesWhatIsNotAPgjdbcConnectionOrAnEmptyChannel() throws SQLException {
        Connection plain = (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (p, m, args) -> {
                    if (m.getName().equals("unwrap")) {
                        throw new SQLException("not a wrapper");
                    }
                    return null;
                });
        assertThatThrownBy(() -> PgNotificationListener.start(plain, handler, "x"))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("org.postgresql");
        Connection own = LivePostgres.connect(dialect);
        assertThatThrownBy(() -> PgNotificationListener.start(own, handler, ""))
                .isInstanceOf(ArgumentException.class);
        assertThat(own.isClosed()).isTrue();
        assertThat(PgNotificationListener.quote("a\"b")).isEqualTo("\"a\"\"b\"");
    }
}
