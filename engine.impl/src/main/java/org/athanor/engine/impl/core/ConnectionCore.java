package org.athanor.engine.impl.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.ResetOnReturn;
import org.athanor.exc.AthanorException;
import org.athanor.exc.InvalidRequestException;
import org.athanor.exc.ResourceClosedException;
import org.athanor.pool.PooledConnection;

/**
 * One checked-out driver connection and everything the engine knows about its state: the driver's autocommit
 * mode, the transaction in progress, savepoints, an isolation level to restore, whether the raw connection
 * was handed out, detached or invalidated, and the results still open on it. Connection handles (the main
 * one, its branches, threadlocal contextual handles) and connectionless results share a core; each holds a
 * {@link Lease}, and the last lease released returns the driver connection to the pool.
 *
 * <p>The transaction model is the lead's design: the driver connection stays in autocommit mode while idle
 * and outside transactions, so a statement that autocommits costs no extra round trip and a borrowed
 * connection (seed 002) is left as it was found. {@code begin()} switches autocommit off (through the
 * dialect); the end of the outermost transaction commits or rolls back and switches it back on. A statement
 * whose {@code autocommit} option is explicitly false, outside a transaction, starts an implicit transaction
 * that a later autocommitting statement commits and the return to the pool rolls back. The state lives in
 * fields, so no statement asks the driver for its autocommit mode. With the {@code AUTOCOMMIT} isolation
 * level the driver never leaves autocommit and begin / commit / rollback do nothing on the database.
 *
 * <p>Not thread-safe: used by the thread that checked it out, except that the last lease may be released by
 * the reclaimer's thread once no other thread can reach it.
 */
final class ConnectionCore {
    /** The record-info key under which the driver's autocommit mode is remembered between checkouts. */
    static final String AUTOCOMMIT_KEY = "org.athanor.engine.autocommit";
    private static final VarHandle HOLDS;

    static {
        try {
            HOLDS = MethodHandles.lookup().findVarHandle(ConnectionCore.class, "holds", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final EngineState engine;
    private final Dialect dialect;
    private final PooledConnection pooled;
    private final java.sql.Connection driver;
    private final Origin origin;
    private final Map<String, Object> info;
    /** Leases not yet released; changed only through {@link #HOLDS}. */
    @SuppressWarnings("unused")
    private volatile int holds;

    /** The driver's autocommit mode when idle (on for connections the engine manages), as the info holds it. */
    private final boolean baseAutocommit;
    private boolean driverAutocommit;
    private boolean autocommitLevel;
    private boolean implicitPending;
    private boolean exposed;
    private String restoreIsolation;
    /** The session state at checkout, once the engine lost track of it (raw access, a SET statement). */
    private SessionBaseline baseline;

    private volatile boolean closed;
    private boolean detached;
    private boolean invalidated;

    private TransactionImpl current;
    private int savepointSeq;
    /** The results with rows open on this connection; made at the first one. */
    private volatile OpenResults openResults;

    ConnectionCore(EngineState engine, PooledConnection pooled, java.sql.Connection driver, Origin origin)
            throws SQLException {
        this.engine = engine;
        this.dialect = engine.dialect();
        this.pooled = pooled;
        this.driver = driver;
        this.origin = origin;
        this.info = pooled.info();
        // identity tests of the canonical Booleans the info holds: no type or null check for the JIT to trap on
        // when a new record (nothing known yet) comes by
        Object known = info.get(AUTOCOMMIT_KEY);
        boolean ac;
        if (known == Boolean.TRUE) {
            ac = true;
        } else if (known == Boolean.FALSE) {
            ac = false;
        } else {
            ac = driver.getAutoCommit();
            info.put(AUTOCOMMIT_KEY, Boolean.valueOf(ac));
        }
        this.baseAutocommit = ac;
        this.driverAutocommit = ac;
        this.autocommitLevel = engine.autocommitLevel();
        if (ac) {
            pooled.markClean();
        }
    }

    EngineState engine() {
        return engine;
    }

    Dialect dialect() {
        return dialect;
    }

    Origin origin() {
        return origin;
    }

    EchoLog log() {
        return engine.log();
    }

    java.sql.Connection driver() {
        return driver;
    }

    // ------------------------------------------------------------------ leases

    /**
     * Takes the first lease of a core just checked out (no other thread can see the core yet).
     *
     * @param holder the connection handle that holds it (tracked for reclamation), or {@code null}
     * @return the lease
     */
    Lease firstLease(Object holder) {
        HOLDS.setRelease(this, 1);
        return new Lease(this, holder);
    }

    /**
     * Takes another lease if the core is still alive (threadlocal sharing).
     *
     * @param holder the connection handle that holds it (tracked for reclamation), or {@code null}
     * @return the lease, or {@code null} if the core's connection was already returned
     */
    Lease tryLease(Object holder) {
        for (;;) {
            int h = holds;
            if (h <= 0) {
                return null;
            }
            if (HOLDS.compareAndSet(this, h, h + 1)) {
                return new Lease(this, holder);
            }
        }
    }

    void releaseHold() {
        if ((int) HOLDS.getAndAdd(this, -1) == 1) {
            finish();
        }
    }

    boolean isClosed() {
        return closed;
    }

    boolean isInvalidated() {
        return invalidated;
    }

    void checkUsable() {
        if (closed) {
            throw new ResourceClosedException("This Connection is closed; check out a new one with engine.connect().");
        }
        if (invalidated) {
            throw new ResourceClosedException("This Connection was invalidated (its driver connection was"
                    + " discarded); close it and check out a new one with engine.connect().");
        }
        engine.checkDialect();
    }

    // ------------------------------------------------------------------ statements and library-level autocommit

    /**
     * Prepares the transaction state for a statement: outside a transaction, an explicit
     * {@code autocommit=false} begins an implicit transaction, and an autocommitting statement on a driver that
     * is not in autocommit mode must be committed afterwards.
     *
     * @return whether to commit after the statement
     */
    boolean beforeStatement(Compiled compiled, ExecutionOptions options) throws SQLException {
        if (current != null || autocommitLevel) {
            return false;
        }
        Boolean option = options.autocommit();
        boolean autocommit = option != null ? option : compiled.isAutocommit();
        if (autocommit) {
            return !driverAutocommit;
        }
        if (option != null && driverAutocommit) {
            dialect.begin(driver);
            driverAutocommit = false;
            implicitPending = true;
            pooled.markDirty();
            log().event("BEGIN (implicit)");
        }
        return false;
    }

    /** Commits after an autocommitting statement run outside the driver's autocommit mode. */
    void commitAfterStatement() throws SQLException {
        driver.commit();
        log().event("COMMIT");
        implicitPending = false;
        restoreAutocommit();
    }

    boolean inTransaction() {
        return current != null;
    }

    // ------------------------------------------------------------------ transactions

    TransactionImpl begin(ConnectionImpl handle) {
        checkUsable();
        if (current != null) {
            return TransactionImpl.marker(this, handle, current);
        }
        startRoot();
        current = TransactionImpl.root(this, handle);
        return current;
    }

    TransactionImpl beginNested(ConnectionImpl handle) {
        checkUsable();
        if (current == null) {
            return begin(handle);
        }
        String name = "sa_savepoint_" + (++savepointSeq);
        try {
            dialect.savepoint(driver, name);
        } catch (SQLException e) {
            throw handle(e, "SAVEPOINT " + name, null);
        }
        log().event("SAVEPOINT " + name);
        current = TransactionImpl.nested(this, handle, current, name);
        return current;
    }

    private void startRoot() {
        if (autocommitLevel) {
            return;
        }
        if (implicitPending) {
            implicitPending = false;
            return;
        }
        if (driverAutocommit) {
            try {
                dialect.begin(driver);
            } catch (SQLException e) {
                throw handle(e, null, null);
            }
            driverAutocommit = false;
            pooled.markDirty();
        }
        log().event("BEGIN");
    }

    void commitRoot() {
        if (!autocommitLevel) {
            try {
                driver.commit();
            } catch (SQLException e) {
                throw handle(e, "COMMIT", null);
            }
            log().event("COMMIT");
        }
        endRoot();
    }

    void rollbackRoot() {
        try {
            if (!autocommitLevel && !invalidated) {
                driver.rollback();
                log().event("ROLLBACK");
            }
        } catch (SQLException e) {
            endRootQuietly();
            throw handle(e, "ROLLBACK", null);
        }
        endRoot();
    }

    private void endRoot() {
        current = null;
        try {
            restoreAutocommit();
        } catch (SQLException e) {
            throw handle(e, null, null);
        }
    }

    private void endRootQuietly() {
        current = null;
        try {
            restoreAutocommit();
        } catch (SQLException | RuntimeException ignored) {
            // the caller reports the original error
        }
    }

    /** After a commit or rollback: back to the idle autocommit mode, nothing pending. */
    private void restoreAutocommit() throws SQLException {
        if (baseAutocommit && !driverAutocommit) {
            driver.setAutoCommit(true);
            driverAutocommit = true;
        }
        if (driverAutocommit && !exposed) {
            pooled.markClean();
        }
    }

    void releaseSavepoint(TransactionImpl tx) {
        try {
            dialect.releaseSavepoint(driver, tx.savepoint());
        } catch (SQLException e) {
            throw handle(e, "RELEASE SAVEPOINT " + tx.savepoint(), null);
        }
        log().event("RELEASE SAVEPOINT " + tx.savepoint());
        current = tx.parent();
    }

    void rollbackToSavepoint(TransactionImpl tx) {
        current = tx.parent();
        if (invalidated) {
            return;
        }
        try {
            dialect.rollbackToSavepoint(driver, tx.savepoint());
        } catch (SQLException e) {
            throw handle(e, "ROLLBACK TO SAVEPOINT " + tx.savepoint(), null);
        }
        log().event("ROLLBACK TO SAVEPOINT " + tx.savepoint());
    }

    // ------------------------------------------------------------------ isolation level

    String isolationLevel() {
        checkUsable();
        if (autocommitLevel) {
            return "AUTOCOMMIT";
        }
        try {
            return dialect.getTransactionIsolationLevel(driver);
        } catch (SQLException e) {
            throw handle(e, null, null);
        }
    }

    /** Applies an {@code isolation_level} execution option now; it is reset when the connection is returned. */
    void applyIsolationOption(String level) {
        checkUsable();
        String norm = EngineState.checkIsolationLevel(dialect, level);
        if (current != null || implicitPending) {
            throw new InvalidRequestException("Cannot change the isolation level to " + norm + " while a transaction"
                    + " is in progress; commit or roll back first, or set it before beginning.");
        }
        try {
            if (restoreIsolation == null) {
                restoreIsolation = autocommitLevel ? "AUTOCOMMIT" : dialect.getTransactionIsolationLevel(driver);
            }
            setIsolation(norm);
        } catch (SQLException e) {
            throw handle(e, null, null);
        }
    }

    private void setIsolation(String level) throws SQLException {
        dialect.setIsolationLevel(driver, level);
        if ("AUTOCOMMIT".equals(level)) {
            autocommitLevel = true;
            driverAutocommit = true;
        } else {
            autocommitLevel = false;
            if (baseAutocommit) {
                driver.setAutoCommit(true);
            }
            driverAutocommit = baseAutocommit;
        }
    }

    // ------------------------------------------------------------------ raw access, detach, invalidate

    java.sql.Connection exposeDriver() {
        checkUsable();
        try {
            noteSessionChange();
        } catch (SQLException e) {
            throw handle(e, null, null);
        }
        exposed = true;
        return driver;
    }

    /**
     * Notes that the session may change in ways the engine does not follow (the raw driver connection is
     * handed out, or a {@code SET} / {@code USE} statement is about to run): the first time in a checkout,
     * the session state is read, so that the return to the pool can put it back. Not with reset on return
     * NONE, where the connection is left as the caller leaves it (seed 002).
     */
    void noteSessionChange() throws SQLException {
        if (baseline == null && !detached && engine.resetOnReturn() != ResetOnReturn.NONE) {
            baseline = SessionBaseline.capture(driver);
        }
    }

    java.sql.Connection detach() {
        checkUsable();
        if (!detached) {
            pooled.detach();
            detached = true;
        }
        return driver;
    }

    void invalidate(Throwable cause) {
        if (closed || invalidated) {
            return;
        }
        invalidated = true;
        current = null;
        implicitPending = false;
        closeOpenResults();
        if (!detached) {
            try {
                pooled.invalidate(cause);
            } catch (RuntimeException e) {
                log().logger().warn("Invalidating a connection of {} failed", engine.url(), e);
            }
        }
        log().logger().info("Invalidated a connection of {}{}", engine.url(), cause == null ? "" : ": " + cause);
    }

    /**
     * Turns a driver exception into Athanor's: if the dialect sees a disconnect, the connection is invalidated
     * and so are the pool's older connections (as SQLAlchemy does) before the error is raised.
     */
    AthanorException handle(SQLException e, String sql, List<?> parameters) {
        boolean disconnect = !invalidated && !detached && engine.isDisconnect(e);
        if (disconnect) {
            invalidate(e);
            try {
                engine.pool().invalidateAll();
            } catch (RuntimeException ex) {
                e.addSuppressed(ex);
            }
        }
        return dialect.wrapException(e, sql, parameters, disconnect);
    }

    // ------------------------------------------------------------------ results

    void resultOpened(ResultResources r) {
        OpenResults open = openResults;
        if (open == null) {
            open = new OpenResults();
            openResults = open;
        }
        open.add(r);
    }

    void resultClosed(ResultResources r) {
        OpenResults open = openResults;
        if (open != null) {
            open.remove(r);
        }
    }

    private void closeOpenResults() {
        OpenResults open = openResults;
        if (open != null) {
            open.closeAll();
        }
    }

    // ------------------------------------------------------------------ return to the pool

    /** The last lease was released: end what is pending and return the driver connection. */
    private void finish() {
        closeOpenResults();
        TransactionImpl tx = current;
        current = null;
        if (tx != null) {
            tx.rootDeactivated();
        }
        closed = true;
        if (detached || invalidated) {
            return;
        }
        try {
            resetForReturn();
            pooled.close();
        } catch (SQLException | RuntimeException e) {
            log().logger().warn("Resetting a connection of {} for its return to the pool failed; discarding it",
                    engine.url(), e);
            try {
                pooled.invalidate(e);
            } catch (RuntimeException ignored) {
                // already reported
            }
        }
        if (engine.isDisposed()) {
            engine.pool().dispose();
        }
    }

    /** Commits or rolls back the driver's transaction, as reset on return says. */
    private void endDriverTransaction(ResetOnReturn reset) throws SQLException {
        if (reset == ResetOnReturn.COMMIT) {
            driver.commit();
            log().event("COMMIT (reset on return)");
        } else {
            driver.rollback();
            log().event("ROLLBACK (reset on return)");
        }
    }

    /**
     * Puts a connection whose session the engine lost track of back as it was checked out: ends whatever
     * transaction the driver has open (as reset on return says), switches autocommit back to the idle mode,
     * and restores isolation, catalog, schema and read-only where they differ. The engine then knows the
     * state again, so the next checkout needs no questions.
     */
    private void restoreSession(ResetOnReturn reset) throws SQLException {
        if (!driver.getAutoCommit()) {
            endDriverTransaction(reset);
            if (baseAutocommit) {
                driver.setAutoCommit(true);
            }
        } else if (!baseAutocommit) {
            driver.setAutoCommit(false);
        }
        driverAutocommit = baseAutocommit;
        implicitPending = false;
        List<String> restored = baseline.restore(driver);
        if (!restored.isEmpty()) {
            log().event("RESET SESSION " + String.join(", ", restored) + " (reset on return)");
        }
        baseline = null;
        exposed = false;
    }

    /**
     * Ends a transaction the engine began (rolling back or committing as the pool's reset-on-return says, so
     * that autocommit can be switched back on without committing), restores an isolation level changed by an
     * execution option, and tells the pool whether the connection needs a reset of its own.
     */
    private void resetForReturn() throws SQLException {
        ResetOnReturn reset = engine.resetOnReturn();
        if (baseline != null && reset != ResetOnReturn.NONE) {
            restoreSession(reset);
        }
        if (baseAutocommit && !driverAutocommit && reset != ResetOnReturn.NONE) {
            endDriverTransaction(reset);
            driver.setAutoCommit(true);
            driverAutocommit = true;
            implicitPending = false;
        }
        if (restoreIsolation != null && (driverAutocommit || !baseAutocommit)) {
            setIsolation(restoreIsolation);
            restoreIsolation = null;
        }
        if (exposed) {
            info.remove(AUTOCOMMIT_KEY);
        } else {
            if (driverAutocommit != baseAutocommit) {
                info.put(AUTOCOMMIT_KEY, driverAutocommit); // the info holds baseAutocommit: write only a change
            }
            if (driverAutocommit) {
                pooled.markClean();
            }
        }
    }
}
