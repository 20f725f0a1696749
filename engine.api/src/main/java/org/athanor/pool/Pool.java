package org.athanor.pool;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.athanor.dialect.Dialect;
import org.athanor.engine.ResetOnReturn;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.AthanorException;
import org.athanor.exc.DisconnectionException;
import org.athanor.exc.InvalidRequestException;
import org.athanor.exc.OperationalException;

/**
 * A pool of driver connections (SQLAlchemy's {@code Pool}): {@link #connect()} checks one out as a
 * {@link PooledConnection}, whose {@code close()} checks it back in after resetting it.
 *
 * <p>Subclasses decide how records are kept by implementing {@link #doGet()} and
 * {@link #doReturnConn(ConnectionRecord)}; the base class handles creation through the
 * {@link ConnectionCreator}, reset on return, pre-ping, recycle, invalidation and events. Seed 002's
 * sharing pool overrides {@code doGet} to return {@code createConnection()}, and makes
 * {@code doReturnConn}, {@code closeConnection} and {@code dispose} do nothing: every driver connection the
 * base class closes goes through {@link #closeConnection}, and it resets only when
 * {@link PoolConfig#resetOnReturn()} asks for it, so such a pool never closes or rolls back the borrowed
 * connection.
 *
 * <p>At checkout the base class takes the record from {@code doGet()}, opens its connection if it has none,
 * replaces it if it is older than {@link PoolConfig#recycle()} or older than the last
 * {@link #invalidateAll()}, then (if configured, and the connection is not brand new) pre-pings it and
 * fires the checkout event; a dead connection or a failing checkout listener makes it discard the
 * connection and try a new one, a few times at most. At checkin a dirty checkout is rolled back (or
 * committed) and a clean one is returned untouched; a failed reset invalidates the connection.
 *
 * <p>Thread-safe: every public method may be called from any thread. Subclasses must keep it so.
 */
public abstract class Pool {
    /** How many connections a checkout tries before giving up on pre-ping or checkout-listener failures. */
    static final int CHECKOUT_ATTEMPTS = 3;

    private final ConnectionCreator creator;
    private final PoolConfig config;
    final PoolDialect dialect;
    final PoolEvents events;
    private final ResetOnReturn resetOnReturn;
    private final long recycleNanos;
    private final boolean prePing;
    /** Leak detection threshold in nanoseconds, or -1 when off. */
    private final long leakNanos;
    /** Rate-limits connects while the database refuses them. */
    private final ConnectGate gate;
    /** Every record that holds an open driver connection now, for {@link #checkouts()}. */
    final Set<ConnectionRecord> openRecords = ConcurrentHashMap.newKeySet();

    private final AtomicLong sequence = new AtomicLong();
    /** Connections whose sequence is below this are stale (see {@link #invalidateAll()}). */
    private volatile long invalidBefore;
    private final AtomicLong invalidations = new AtomicLong();
    private final Object firstConnectLock = new Object();
    private volatile boolean firstConnectDone;

    /**
     * Creates a pool.
     *
     * @param creator makes driver connections
     * @param config the settings
     * @throws ArgumentException if either is {@code null}
     */
    protected Pool(ConnectionCreator creator, PoolConfig config) {
        if (creator == null) {
            throw new ArgumentException("A pool needs a ConnectionCreator; pass one that returns driver"
                    + " connections.");
        }
        if (config == null) {
            throw new ArgumentException("A pool needs a PoolConfig; pass PoolConfig.defaults() for the"
                    + " defaults.");
        }
        this.creator = creator;
        this.config = config;
        this.dialect = config.dialect();
        this.resetOnReturn = config.resetOnReturn();
        this.recycleNanos = config.recycle() == null ? -1 : Math.max(0, config.recycle().toNanos());
        this.prePing = config.prePing();
        this.gate = new ConnectGate(config.connectBackoff());
        this.leakNanos = config.leakDetectionThreshold() == null ? -1
                : Math.max(1, config.leakDetectionThreshold().toNanos());
        this.events = new PoolEvents(getClass(), config.loggingName(), config.echo(), config.listeners());
    }

    /**
     * Checks a connection out of the pool, creating one if the pool allows.
     *
     * @return the checked-out connection; close it to return it
     * @throws org.athanor.exc.PoolTimeoutException if none became free within the timeout
     * @throws org.athanor.exc.DBAPIException if a new connection could not be made (an
     *     {@link OperationalException} unless the dialect classifies the driver's error otherwise)
     * @throws DisconnectionException if no working connection was found in a few attempts (pre-ping kept
     *     failing, or a checkout listener kept rejecting connections)
     */
    public PooledConnection connect() {
        return checkout(doGet());
    }

    /**
     * Describes the pool's state in one line, for logs and the shell.
     *
     * @return the status
     */
    public abstract String status();

    /**
     * Returns the pool's figures now.
     *
     * @return the statistics
     */
    public abstract PoolStatistics statistics();

    /**
     * Returns the connections checked out now: which thread holds each, since when, and the stack of its
     * checkout when {@link PoolConfig#leakDetectionThreshold() leak detection} is on; oldest first. A
     * {@link StaticPool}, whose checkouts share one connection, shows the newest of them.
     *
     * @return a snapshot (a checkout may end while it is read)
     */
    public List<Checkout> checkouts() {
        return Checkout.of(openRecords);
    }

    /**
     * Returns a new, empty pool with the same class, creator and settings (used after the whole pool is
     * invalidated, and by {@code Engine.dispose()}).
     *
     * @return the new pool
     */
    public abstract Pool recreate();

    /**
     * Closes every checked-in connection; connections checked out now are closed when returned. The pool
     * stays usable (new checkouts open new connections), as in SQLAlchemy.
     */
    public abstract void dispose();

    /**
     * Marks every connection created before now as stale: each is closed and replaced at its next checkout,
     * or closed when it is checked in if it is out now (what the pool does after a disconnect error, as
     * SQLAlchemy does).
     */
    public void invalidateAll() {
        long bar = sequence.get() + 1;
        synchronized (firstConnectLock) {
            if (bar > invalidBefore) {
                invalidBefore = bar;
            }
        }
        events.poolMessage("Pool invalidated: connections created before now are replaced at their next use.");
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     * @throws ArgumentException if it is {@code null}
     */
    public void addListener(PoolListener listener) {
        if (listener == null) {
            throw new ArgumentException("listener must not be null.");
        }
        events.add(listener);
    }

    /**
     * Removes a listener; does nothing if it was not added.
     *
     * @param listener the listener
     */
    public void removeListener(PoolListener listener) {
        events.remove(listener);
    }

    /**
     * Returns the settings.
     *
     * @return the configuration (with the listeners given at construction)
     */
    public PoolConfig config() {
        return config;
    }

    /**
     * Returns the creator of driver connections.
     *
     * @return the creator
     */
    public ConnectionCreator creator() {
        return creator;
    }

    /**
     * Takes a record to check out: an idle one, or a new one from {@link #createConnection()}. The record
     * must not be handed to another checkout until it comes back through
     * {@link #doReturnConn(ConnectionRecord)} (only a {@link StaticPool} shares one).
     *
     * @return the record; it may have no connection, in which case the base class opens one
     */
    protected abstract ConnectionRecord doGet();

    /**
     * Takes back a record whose connection was checked in (after reset), invalidated (the record then has
     * no connection) or detached (likewise).
     *
     * @param record the record
     */
    protected abstract void doReturnConn(ConnectionRecord record);

    /**
     * Creates a record with a new driver connection from the creator, firing the first-connect (once per
     * pool) and connect events.
     *
     * @return the record, held by the caller
     * @throws org.athanor.exc.DBAPIException if the creator failed
     */
    protected ConnectionRecord createConnection() {
        ConnectionRecord r = new ConnectionRecord(this);
        r.connect();
        return r;
    }

    /**
     * Closes a driver connection for good; errors are logged. Every connection the pool closes goes
     * through here (after the close event), so a pool that must never close its connections (seed 002)
     * overrides this to do nothing.
     *
     * @param connection the driver connection
     */
    protected void closeConnection(Connection connection) {
        try {
            dialect.close(connection);
        } catch (SQLException | RuntimeException e) {
            events.warn("Error closing connection {}; it is dropped anyway.", connection, e);
        }
    }

    /**
     * Makes a new empty pool of this pool's class with the same creator, settings and current listeners,
     * through its public {@code (ConnectionCreator, PoolConfig)} constructor; the standard pools'
     * {@link #recreate()} use it.
     *
     * @return the new pool
     * @throws InvalidRequestException if the class has no such constructor (override {@code recreate()})
     */
    protected final Pool recreateSameClass() {
        events.poolMessage("Pool recreating");
        PoolFactory factory;
        try {
            factory = PoolFactory.ofClass(getClass());
        } catch (ArgumentException e) {
            throw new InvalidRequestException("Cannot recreate " + getClass().getName() + ": it has no public"
                    + " (ConnectionCreator, PoolConfig) constructor. Add one, or override recreate().", e);
        }
        return factory.create(creator, config.toBuilder().listeners(events.snapshot()).build());
    }

    /**
     * Returns how many connections have been invalidated so far, for {@link #statistics()}.
     *
     * @return the count
     */
    protected final long invalidationCount() {
        return invalidations.get();
    }

    // ---- checkout -------------------------------------------------------------------------------------

    final PooledConnection checkout(ConnectionRecord rec) {
        Connection c;
        try {
            c = prepare(rec);
        } catch (RuntimeException | Error e) {
            checkinFailed(rec, e);
            throw e;
        }
        PooledConnection h = new PooledConnection(this, rec, c);
        if (prePing || events.any()) {
            verify(h, rec);
        }
        rec.beginCheckout(h, leakNanos);
        if (events.echo) {
            events.info("Connection {} checked out from pool", h.connection);
        }
        return h;
    }


    /**
     * Makes sure a record just taken from {@code doGet()} has a live, current connection: opens one if it
     * has none, replaces one past recycle or older than the last invalidateAll.
     */
    Connection prepare(ConnectionRecord rec) {
        Connection c = rec.connection();
        if (c == null) {
            return rec.connect();
        }
        if (isStale(rec)) {
            events.infoAlways("Connection {} invalidated due to pool invalidation; recycling", c);
            return rec.reconnect();
        }
        if (isExpired(rec)) {
            events.infoAlways("Connection {} exceeded recycle age; recycling", c);
            return rec.reconnect();
        }
        return c;
    }

    /** Whether several checkouts hold one record at once (then a stale one is replaced only at checkout). */
    boolean sharesRecords() {
        return false;
    }

    /** Pre-pings (unless brand new) and fires checkout; on failure replaces the connection and tries again. */
    private void verify(PooledConnection h, ConnectionRecord rec) {
        for (int attempt = 1;; attempt++) {
            Connection c = h.connection;
            boolean fresh = rec.fresh;
            rec.fresh = false;
            Throwable problem = null;
            boolean dead = false;
            if (prePing && !fresh) {
                try {
                    if (!dialect.ping(c)) {
                        problem = new DisconnectionException("Pre-ping found the connection dead.");
                        dead = true;
                    }
                } catch (SQLException | RuntimeException e) {
                    problem = e;
                    dead = true;
                }
            }
            if (problem == null) {
                try {
                    events.checkout(c, rec, h);
                    return;
                } catch (RuntimeException e) {
                    problem = e;
                }
            }
            if (attempt >= CHECKOUT_ATTEMPTS) {
                h.release();
                checkinFailed(rec, problem);
                throw new DisconnectionException("Could not check out a working connection in "
                        + CHECKOUT_ATTEMPTS + " attempts (" + (dead ? "pre-ping found it dead" : "a checkout"
                        + " listener rejected it") + ": " + problem + "). Check that the database is"
                        + " reachable and what the pool's checkout listeners require.", problem);
            }
            events.infoAlways(dead ? "Disconnection detected on checkout of {}; invalidating it and every"
                    + " older connection" : "Checkout listener rejected {}; invalidating it", c);
            rec.invalidate(problem);
            if (dead) {
                invalidateAll();
            }
            try {
                h.connection = rec.connect();
            } catch (RuntimeException | Error e) {
                h.release();
                checkinFailed(rec, e);
                throw e;
            }
        }
    }

    /** A checkout failed after doGet(): discard the connection and give the record back. */
    private void checkinFailed(ConnectionRecord rec, Throwable cause) {
        rec.invalidate(cause);
        events.checkin(null, rec);
        doReturnConn(rec);
    }

    // ---- checkin --------------------------------------------------------------------------------------

    /** Returns a closed checkout: resets a dirty connection, closes a stale one, then doReturnConn. */
    final void checkin(ConnectionRecord rec, Connection c, boolean dirty) {
        rec.endCheckout(); // before the record goes back, and so possibly to another thread
        if (rec.connection() != c) {
            c = null; // replaced meanwhile (only possible in a StaticPool): nothing of ours to reset
        } else if (isStale(rec) && !sharesRecords()) {
            events.infoAlways("Connection {} invalidated due to pool invalidation; closing on checkin", c);
            rec.close();
            c = null;
        } else if (dirty && resetOnReturn != ResetOnReturn.NONE) {
            boolean commit = resetOnReturn == ResetOnReturn.COMMIT;
            try {
                if (commit) {
                    dialect.commit(c);
                } else {
                    dialect.rollback(c);
                }
                events.reset(c, rec, commit ? "commit" : "rollback");
            } catch (SQLException | RuntimeException e) {
                events.warn("Reset on return of {} failed; invalidating it.", c, e);
                rec.invalidate(e);
                c = null;
            }
        }
        events.checkin(c, rec);
        doReturnConn(rec);
    }

    final void invalidateCheckout(ConnectionRecord rec, Connection c, Throwable cause) {
        rec.endCheckout(); // before the record goes back, and so possibly to another thread
        if (rec.connection() == c) {
            rec.invalidate(cause);
        }
        events.checkin(null, rec);
        doReturnConn(rec);
    }

    final void detachCheckout(ConnectionRecord rec, Connection c) {
        rec.endCheckout(); // before the record goes back, and so possibly to another thread
        if (rec.connection() == c) {
            rec.forget();
        }
        events.detach(c, rec);
        doReturnConn(rec);
    }

    // ---- connection creation --------------------------------------------------------------------------

    final Connection invokeCreator() {
        Connection c;
        boolean probe;
        try {
            probe = gate.before(); // a fast failure is not an attempt: it must not extend the back-off
        } catch (SQLException e) {
            throw wrap(e);
        }
        try {
            c = creator.create();
        } catch (SQLException e) {
            gate.after(probe, e);
            throw wrap(e);
        } catch (RuntimeException | Error e) {
            gate.abandon(probe);
            throw e;
        }
        gate.after(probe, null);
        if (c == null) {
            throw new InvalidRequestException("The pool's ConnectionCreator returned null; it must return a"
                    + " driver connection or throw SQLException.");
        }
        return c;
    }

    private AthanorException wrap(SQLException e) {
        if (dialect instanceof Dialect d) {
            return d.wrapException(e, null, null, false);
        }
        return new OperationalException(null, null, e, false);
    }

    /**
     * Fires first-connect (once per pool, serialised with other new connections; if it throws, the next
     * new connection fires it again) and connect. Exceptions propagate.
     */
    final void connected(Connection c, ConnectionRecord rec) {
        if (!firstConnectDone) {
            synchronized (firstConnectLock) {
                if (!firstConnectDone) {
                    boolean any = events.any();
                    events.firstConnect(c, rec);
                    firstConnectDone = any;
                    events.connect(c, rec);
                    return;
                }
            }
        }
        events.connect(c, rec);
    }

    final long nextSequence() {
        return sequence.incrementAndGet();
    }

    final void countInvalidation() {
        invalidations.incrementAndGet();
    }

    /** Whether a record's connection predates the last invalidateAll(). */
    final boolean isStale(ConnectionRecord rec) {
        return rec.sequence < invalidBefore;
    }

    /** Whether a record's connection is past the recycle age. */
    final boolean isExpired(ConnectionRecord rec) {
        return recycleNanos >= 0 && System.nanoTime() - rec.createdNanos > recycleNanos;
    }
}
