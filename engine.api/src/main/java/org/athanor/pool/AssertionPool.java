package org.athanor.pool;

import org.athanor.exc.InvalidRequestException;

/**
 * A pool that allows only one connection to be checked out at a time and fails on a second checkout; for
 * finding code that holds two connections.
 *
 * <p>It keeps one connection. A checkout while it is out raises {@link InvalidRequestException} whose
 * message shows where the first checkout happened.
 *
 * <p>Thread-safe.
 */
public class AssertionPool extends Pool {
    private static final int FRAMES_SHOWN = 12;

    private final Object lock = new Object();
    // all guarded by lock
    private ConnectionRecord record;
    private boolean checkedOut;
    private StackTraceElement[] checkoutSite;
    private boolean closeOnReturn;

    /**
     * Creates the pool.
     *
     * @param creator makes driver connections
     * @param config the settings (size, overflow and timeout do not apply)
     */
    public AssertionPool(ConnectionCreator creator, PoolConfig config) {
        super(creator, config);
    }

    /** @return {@code AssertionPool} */
    @Override
    public String status() {
        return "AssertionPool";
    }

    @Override
    public PoolStatistics statistics() {
        synchronized (lock) {
            boolean open = record != null && record.connection() != null;
            return new PoolStatistics(1, 0, open && !checkedOut ? 1 : 0, checkedOut ? 1 : 0, 0, 0,
                    invalidationCount());
        }
    }

    @Override
    public Pool recreate() {
        return recreateSameClass();
    }

    /** Closes the connection, now if it is checked in, else when it comes back. */
    @Override
    public void dispose() {
        ConnectionRecord toClose = null;
        synchronized (lock) {
            if (record != null) {
                if (checkedOut) {
                    closeOnReturn = true;
                } else {
                    toClose = record;
                }
            }
        }
        if (toClose != null) {
            toClose.close();
        }
    }

    /**
     * Returns the one connection.
     *
     * @throws InvalidRequestException if it is already checked out
     */
    @Override
    protected ConnectionRecord doGet() {
        synchronized (lock) {
            if (checkedOut) {
                throw new InvalidRequestException("AssertionPool: a connection is already checked out, and"
                        + " this pool allows one at a time. Close the first before checking out another (or"
                        + " use a QueuePool if the code really needs two). The first was checked out at:"
                        + format(checkoutSite));
            }
            if (record == null) {
                record = new ConnectionRecord(this); // opened by the checkout, outside the lock
            }
            checkedOut = true;
            checkoutSite = new Throwable().getStackTrace();
            return record;
        }
    }

    @Override
    protected void doReturnConn(ConnectionRecord rec) {
        boolean close;
        synchronized (lock) {
            if (!checkedOut || rec != record) {
                throw new InvalidRequestException("AssertionPool: the connection returned is not the one"
                        + " checked out; it was returned twice or came from another pool.");
            }
            checkedOut = false;
            checkoutSite = null;
            close = closeOnReturn;
            closeOnReturn = false;
        }
        if (close) {
            rec.close();
        }
    }

    /** Shows the checkout site from the caller of {@code connect()} on (skipping the pool's own frames). */
    private String format(StackTraceElement[] site) {
        java.util.Set<String> own = new java.util.HashSet<>();
        for (Class<?> c = getClass(); c != Object.class; c = c.getSuperclass()) {
            own.add(c.getName());
        }
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        boolean leading = true;
        for (StackTraceElement e : site == null ? new StackTraceElement[0] : site) {
            if (leading && own.contains(e.getClassName())) {
                continue;
            }
            leading = false;
            sb.append("\n\tat ").append(e);
            if (++shown == FRAMES_SHOWN) {
                sb.append("\n\t...");
                break;
            }
        }
        return sb.toString();
    }
}
