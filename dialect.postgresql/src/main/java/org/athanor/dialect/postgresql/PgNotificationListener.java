package org.athanor.dialect.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.athanor.exc.AthanorException;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.ResourceClosedException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on PostgreSQL notification channels over a driver connection of its own and hands each
 * {@code NOTIFY} to a {@link PgNotificationHandler} until {@linkplain #close() closed} (seed 000: capturing
 * database events on a native connection taken out of the pool).
 *
 * <pre>{@code
 * java.sql.Connection raw = engine.connect().detach();          // the pool forgets it; it is ours now
 * try (PgNotificationListener l = PgNotificationListener.start(raw,
 *         n -> System.out.println(n.channel() + ": " + n.payload() + " from " + n.senderPid()), "orders")) {
 *     ...                                                        // NOTIFY orders, 'new' reaches the handler
 * }                                                              // UNLISTEN *, connection closed
 * }</pre>
 *
 * <p>The listener puts the connection in autocommit mode (as the seed sets AUTOCOMMIT isolation), runs
 * {@code LISTEN} for the first channels before {@code start} returns, and then polls
 * {@link PGConnection#getNotifications(int)} on a daemon thread, which waits on the socket for up to the poll
 * interval at a time. Channel names are quoted, so they are exact (case-sensitive), as {@code pg_notify}
 * takes them; {@link #notify(Connection, String, String)} sends to one.
 *
 * <p>Thread-safe: {@link #listen}, {@link #unlisten} and {@link #close} may be called from any thread,
 * including the handler's; the first two return once the server has run the command. The connection belongs to
 * the listener until it is closed: do not use it meanwhile.
 */
public final class PgNotificationListener implements AutoCloseable {

    /** How long each poll waits for notifications when no interval is given. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(PgNotificationListener.class);
    private static final PgjdbcDialect ERRORS = new PgjdbcDialect();

    private final Connection connection;
    private final PGConnection pg;
    private final PgNotificationHandler handler;
    private final int pollMillis;
    private final Set<String> channels = new CopyOnWriteArraySet<>();
    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final Thread worker;
    private volatile boolean running = true;
    private volatile boolean closed;

    private PgNotificationListener(Connection connection, PGConnection pg, PgNotificationHandler handler,
            Duration pollInterval) {
        this.connection = connection;
        this.pg = pg;
        this.handler = handler;
        this.pollMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, pollInterval.toMillis()));
        this.worker = new Thread(this::run, "athanor-pg-listener-" + pg.getBackendPID());
        this.worker.setDaemon(true);
    }

    /**
     * Starts listening with the default poll interval.
     *
     * @param connection a pgjdbc connection that is now the listener's (for example from
     *     {@code Connection.detach()}); closed when the listener closes
     * @param handler what receives the notifications
     * @param channels the channels to listen on at once; more may follow with {@link #listen}
     * @return the running listener
     * @throws ArgumentException if the connection is not a pgjdbc connection or a channel name is empty
     * @throws DBAPIException if the server refuses a LISTEN
     */
    public static PgNotificationListener start(Connection connection, PgNotificationHandler handler,
            String... channels) {
        return start(connection, DEFAULT_POLL_INTERVAL, handler, List.of(channels));
    }

    /**
     * Starts listening.
     *
     * @param connection a pgjdbc connection that is now the listener's; closed when the listener closes
     * @param pollInterval how long each poll waits on the socket (it bounds how long {@link #listen} and
     *     {@link #close} may wait for the listener's thread, not how soon notifications arrive)
     * @param handler what receives the notifications
     * @param channels the channels to listen on at once
     * @return the running listener
     * @throws ArgumentException if the connection is not a pgjdbc connection or a channel name is empty
     * @throws DBAPIException if the server refuses a LISTEN
     */
    public static PgNotificationListener start(Connection connection, Duration pollInterval,
            PgNotificationHandler handler, Collection<String> channels) {
        if (connection == null || handler == null || pollInterval == null || pollInterval.isNegative()) {
            throw new ArgumentException("PgNotificationListener.start needs a connection, a handler and a"
                    + " positive poll interval.");
        }
        PGConnection pg;
        try {
            pg = connection.unwrap(PGConnection.class);
        } catch (SQLException e) {
            throw new ArgumentException("PgNotificationListener needs a connection of the org.postgresql"
                    + " driver (a postgresql:// engine's), not " + connection.getClass().getName() + ".", e);
        }
        PgNotificationListener listener = new PgNotificationListener(connection, pg, handler, pollInterval);
        try {
            connection.setAutoCommit(true);
            for (String channel : channels) {
                listener.execute("LISTEN " + quote(channel));
                listener.channels.add(channel);
            }
        } catch (RuntimeException | SQLException e) {
            listener.closeConnection();
            throw e instanceof SQLException s ? wrap(s, "LISTEN") : (RuntimeException) e;
        }
        listener.worker.start();
        return listener;
    }

    /**
     * Sends a notification ({@code SELECT pg_notify(channel, payload)}) on a connection; it is delivered
     * when that connection's transaction commits (at once in autocommit mode).
     *
     * @param connection any pgjdbc connection
     * @param channel the channel, exactly as listened to
     * @param payload the payload, or {@code null} for none
     * @throws DBAPIException if the server refuses it
     */
    public static void notify(Connection connection, String channel, String payload) {
        checkChannel(channel);
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, channel);
            ps.setString(2, payload == null ? "" : payload);
            ps.execute();
        } catch (SQLException e) {
            throw wrap(e, "SELECT pg_notify(?, ?)");
        }
    }

    /**
     * Starts listening on one more channel; returns once the server has run the {@code LISTEN}.
     *
     * @param channel the channel name (exact, case-sensitive)
     * @throws ResourceClosedException if the listener is closed or stopped
     * @throws DBAPIException if the server refuses it
     */
    public void listen(String channel) {
        String sql = "LISTEN " + quote(channel);
        onWorker(() -> {
            execute(sql);
            channels.add(channel);
        }, sql);
    }

    /**
     * Stops listening on a channel; returns once the server has run the {@code UNLISTEN}.
     *
     * @param channel the channel name
     * @throws ResourceClosedException if the listener is closed or stopped
     * @throws DBAPIException if the server refuses it
     */
    public void unlisten(String channel) {
        String sql = "UNLISTEN " + quote(channel);
        onWorker(() -> {
            execute(sql);
            channels.remove(channel);
        }, sql);
    }

    /** @return the channels listened on now (a snapshot) */
    public Set<String> channels() {
        return Set.copyOf(channels);
    }

    /** @return whether the listener is still receiving (false once closed or after a connection failure) */
    public boolean isRunning() {
        return running && worker.isAlive();
    }

    /**
     * Stops the listener: waits for its thread to finish its current poll, runs {@code UNLISTEN *} and closes
     * the connection. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        running = false;
        if (Thread.currentThread() != worker) {
            try {
                worker.join(4L * pollMillis + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            execute("UNLISTEN *");
        } catch (SQLException e) {
            LOG.debug("UNLISTEN * failed while closing a notification listener; closing its connection anyway", e);
        }
        closeConnection();
        channels.clear();
    }

    // ----------------------------------------------------------------- the listener's thread

    private void run() {
        try {
            while (running) {
                drainCommands();
                PGNotification[] received = pg.getNotifications(pollMillis);
                if (received != null) {
                    for (PGNotification n : received) {
                        dispatch(new PgNotification(n.getName(), n.getParameter(), n.getPID()));
                    }
                }
            }
        } catch (SQLException e) {
            if (running) {
                running = false;
                DBAPIException error = wrap(e, "LISTEN");
                LOG.warn("The notification listener on channels {} stopped: {}", channels, error.getMessage());
                report(error);
            }
        } finally {
            running = false;
            drainCommands(); // each fails fast: see onWorker
        }
    }

    private void dispatch(PgNotification n) {
        try {
            handler.onNotification(n);
        } catch (RuntimeException e) {
            LOG.warn("A notification handler failed on channel {}; the listener goes on", n.channel(), e);
            report(e);
        }
    }

    private void report(RuntimeException error) {
        try {
            handler.onError(error);
        } catch (RuntimeException e) {
            LOG.warn("A notification handler's onError failed", e);
        }
    }

    /** Runs a command on the listener's thread (or here, if this is that thread) and waits for it. */
    private void onWorker(SqlCommand command, String sql) {
        if (Thread.currentThread() == worker) {
            try {
                command.run();
            } catch (SQLException e) {
                throw wrap(e, sql);
            }
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        commands.add(() -> {
            if (!running) {
                done.completeExceptionally(stopped(sql));
                return;
            }
            try {
                command.run();
                done.complete(null);
            } catch (SQLException e) {
                done.completeExceptionally(wrap(e, sql));
            }
        });
        try {
            while (!done.isDone()) {
                if (!worker.isAlive()) {
                    drainCommands(); // the thread has ended: each command fails fast
                } else {
                    try {
                        done.get(2L * pollMillis, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        // look again: the thread may have ended without taking the command
                    }
                }
            }
            done.get();
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AthanorException("Interrupted while waiting for '" + sql + "' on the notification listener.", e);
        }
    }

    private void drainCommands() {
        for (Runnable command = commands.poll(); command != null; command = commands.poll()) {
            command.run();
        }
    }

    private ResourceClosedException stopped(String sql) {
        return new ResourceClosedException("Cannot run '" + sql + "': the notification listener is "
                + (closed ? "closed" : "stopped after a connection failure") + "; start a new one.");
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing a notification listener's connection failed", e);
        }
    }

    private static DBAPIException wrap(SQLException e, String sql) {
        return ERRORS.wrapException(e, sql, List.of(), ERRORS.isDisconnect(e));
    }

    private static void checkChannel(String channel) {
        if (channel == null || channel.isEmpty()) {
            throw new ArgumentException("A notification channel needs a non-empty name.");
        }
    }

    /** Quotes a channel name as a PostgreSQL identifier. */
    static String quote(String channel) {
        checkChannel(channel);
        return '"' + channel.replace("\"", "\"\"") + '"';
    }

    /** A statement run on the listener's connection. */
    @FunctionalInterface
    private interface SqlCommand {
        void run() throws SQLException;
    }
}
