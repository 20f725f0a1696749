package org.athanor.itests;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.athanor.engine.Engine;
import org.athanor.exc.InvalidRequestException;
import org.athanor.pool.ConnectionCreator;
import org.athanor.pool.ConnectionRecord;
import org.athanor.pool.PoolListener;

/**
 * Remembers driver connections, so that a test can count those still open (asking each driver connection, not
 * the pool). As a connection creator, it remembers every connection it opens, through the creator of the
 * engine's own dialect (set by {@link #delegateTo}); as a pool listener (for an engine it did not build, such
 * as a configured one), every connection the pool reports opened. Either way it works for any driver and never
 * loads a driver class into the test bundle, so a driver refresh does not reach the test.
 *
 * <p>Thread-safe.
 */
final class TrackedConnections implements ConnectionCreator, PoolListener {
    private final Set<Connection> opened = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile ConnectionCreator delegate;
    private volatile boolean faultStarted;
    private int openedAfterFault;

    /**
     * Makes the engine's dialect open the connections; call it before the engine's first connection.
     *
     * @param engine the engine built with this creator
     * @param connectArgs the driver properties to connect with
     */
    void delegateTo(Engine engine, Map<String, Object> connectArgs) {
        delegate = engine.dialect().connectionCreator(engine.url(), connectArgs);
    }

    @Override
    public Connection create() throws SQLException {
        ConnectionCreator d = delegate;
        if (d == null) {
            throw new InvalidRequestException("TrackedConnections.delegateTo(engine) was not called.");
        }
        Connection c = d.create();
        remember(c);
        return c;
    }

    @Override
    public void connect(Connection connection, ConnectionRecord record) {
        remember(connection);
    }

    private void remember(Connection c) {
        synchronized (opened) {
            if (opened.add(c) && faultStarted) {
                openedAfterFault++;
            }
        }
    }

    /** Marks the start of a fault, from which {@link #openedAfterFault()} counts. */
    void faultStarting() {
        faultStarted = true;
    }

    /** @return how many connections were opened after {@link #faultStarting()} */
    int openedAfterFault() {
        synchronized (opened) {
            return openedAfterFault;
        }
    }

    /** @return how many connections were opened */
    int opened() {
        synchronized (opened) {
            return opened.size();
        }
    }

    /** @return how many of them are closed */
    int closed() {
        synchronized (opened) {
            return (int) opened.stream().filter(TrackedConnections::isClosed).count();
        }
    }

    private static boolean isClosed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
