package org.athanor.engine.impl.core;

import java.sql.Connection;
import java.sql.SQLException;
import org.athanor.exc.DialectUnavailableException;
import org.athanor.pool.ConnectionCreator;

/**
 * The connection creator an engine gives the pool it builds: the options' creator or the dialect's, which it
 * stops calling once the engine's dialect has gone away (its bundle stopped, updated or uninstalled, or its
 * driver bundle refreshed).
 *
 * <p>Without it, a checkout that was waiting in the pool when the dialect left was woken by the first
 * connection returned (and closed) after the dispose, and opened a new driver connection in the freed slot —
 * through the departing driver, for an engine already disposed — only to fail at its first statement. Now it
 * fails at once with {@link DialectUnavailableException}, the pool gives the slot back, and the next waiter
 * fails the same way: no connection is opened after the dialect left. A plain {@code dispose()} leaves it
 * unchanged (checkouts in progress may go on).
 *
 * <p>Thread-safe: the engine is set once, right after it is built and before it is published.
 */
final class DialectGuardedCreator implements ConnectionCreator {
    private final ConnectionCreator creator;
    private volatile EngineState engine;

    DialectGuardedCreator(ConnectionCreator creator) {
        this.creator = creator;
    }

    /** Watches the engine whose pool calls this creator. */
    void guard(EngineState state) {
        this.engine = state;
    }

    /**
     * Opens a connection through the wrapped creator, unless the engine's dialect has gone away.
     *
     * @throws DialectUnavailableException if it has
     */
    @Override
    public Connection create() throws SQLException {
        EngineState e = engine;
        if (e != null) {
            e.checkDialect();
        }
        return creator.create();
    }

    @Override
    public String toString() {
        return creator.toString();
    }
}
