package org.athanor.pool;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.athanor.exc.AthanorException;
import org.athanor.exc.PoolTimeoutException;

/**
 * A pool that keeps up to {@code size} idle connections and allows {@code maxOverflow} more to be open at
 * once; a checkout beyond that waits up to the timeout, then fails with {@link PoolTimeoutException}. The
 * default pool.
 *
 * <p>As in SQLAlchemy: the pool starts empty and opens connections as they are needed; a connection
 * returned while {@code size} connections are already idle is closed (that is how overflow connections go
 * away); {@code size} 0 means no limit at all, {@code maxOverflow} -1 no limit on overflow. The overflow
 * figure is the number of open connections minus {@code size}, so it is negative while the pool is not yet
 * full. Connections are opened with no lock held; a connection that fails to open gives its slot back at
 * once. Waiting checkouts are served in arrival order: a returned connection goes straight to the longest
 * waiting thread. Idle connections are not handed out in a fixed order; a thread tends to get back the one
 * it returned last.
 *
 * <p>Checking out an idle connection and returning it take no lock and allocate only the
 * {@link PooledConnection} handle (see {@link RecordBag}).
 *
 * <p>Thread-safe.
 */
public class QueuePool extends Pool {
    private final int size;
    private final int maxOverflow;
    private final long timeoutNanos;
    private final RecordBag bag;
    private final AtomicLong timeouts = new AtomicLong();
    /** Bumped by dispose(): records of an older generation are closed when they come back. */
    private volatile int generation;
    private final Object disposeLock = new Object();

    /**
     * Creates the pool.
     *
     * @param creator makes driver connections
     * @param config the settings ({@link PoolConfig#size()}, {@link PoolConfig#maxOverflow()},
     *     {@link PoolConfig#timeout()} apply)
     */
    public QueuePool(ConnectionCreator creator, PoolConfig config) {
        super(creator, config);
        this.size = config.size();
        this.maxOverflow = size == 0 ? -1 : config.maxOverflow();
        this.timeoutNanos = Math.max(0, config.timeout().toNanos());
        long capacity = maxOverflow < 0 ? Integer.MAX_VALUE : (long) size + maxOverflow;
        this.bag = new RecordBag((int) Math.min(Integer.MAX_VALUE, capacity));
    }

    /**
     * {@inheritDoc}
     *
     * <p>SQLAlchemy's form: {@code Pool size: 5  Connections in pool: 2 Current Overflow: -3 Current
     * Checked out connections: 0}.
     */
    @Override
    public String status() {
        int slots = bag.slots();
        int idle = bag.idleCount();
        return "Pool size: " + size + "  Connections in pool: " + idle + " Current Overflow: "
                + overflow(slots) + " Current Checked out connections: " + Math.max(0, slots - idle);
    }

    @Override
    public PoolStatistics statistics() {
        int slots = bag.slots();
        int idle = bag.idleCount();
        return new PoolStatistics(size, maxOverflow, idle, Math.max(0, slots - idle), overflow(slots),
                timeouts.get(), invalidationCount());
    }

    private int overflow(int slots) {
        return size == 0 ? 0 : slots - size;
    }

    /**
     * Returns the configured size.
     *
     * @return connections kept idle at most (0 for no limit)
     */
    public int size() {
        return size;
    }

    /**
     * Returns the configured overflow.
     *
     * @return connections allowed beyond the size (-1 for no limit)
     */
    public int maxOverflow() {
        return maxOverflow;
    }

    /**
     * Returns the checkout timeout.
     *
     * @return milliseconds a checkout waits at most
     */
    public long timeoutMillis() {
        return TimeUnit.NANOSECONDS.toMillis(timeoutNanos);
    }

    @Override
    public Pool recreate() {
        return recreateSameClass();
    }

    @Override
    public void dispose() {
        synchronized (disposeLock) {
            generation++;
        }
        List<ConnectionRecord> idle = bag.drainIdle();
        for (ConnectionRecord r : idle) {
            r.close();
        }
        events.poolMessage("Pool disposed. " + status());
    }

    @Override
    protected ConnectionRecord doGet() {
        ConnectionRecord r = bag.borrow();
        if (r != null) {
            return r;
        }
        if (bag.reserve()) {
            return createInSlot();
        }
        Object got;
        try {
            got = bag.await(timeoutNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AthanorException("Interrupted while waiting for a pooled connection; the checkout was"
                    + " abandoned.", e);
        }
        if (got == RecordBag.SLOT) {
            return createInSlot();
        }
        if (got == null) {
            timeouts.incrementAndGet();
            throw new PoolTimeoutException(size, maxOverflow, Math.max(0, bag.slots() - bag.idleCount()),
                    timeoutMillis());
        }
        return (ConnectionRecord) got;
    }

    /** Opens a connection in a slot this thread reserved; gives the slot back if that fails. */
    private ConnectionRecord createInSlot() {
        ConnectionRecord r;
        try {
            r = createConnection();
        } catch (RuntimeException | Error e) {
            bag.release();
            throw e;
        }
        r.generation = generation;
        bag.add(r);
        return r;
    }

    @Override
    protected void doReturnConn(ConnectionRecord record) {
        if (record.generation != generation) {
            bag.remove(record); // disposed while checked out: close it rather than keep it
            record.close();
            return;
        }
        bag.requite(record);
        if (size > 0 && bag.slots() > size) {
            List<ConnectionRecord> closing = bag.trimIdle(size, record); // SQLAlchemy: queue full, close
            if (closing != null) {
                for (ConnectionRecord r : closing) {
                    r.close();
                }
            }
        }
    }
}
