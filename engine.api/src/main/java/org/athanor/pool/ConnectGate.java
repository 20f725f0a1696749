package org.athanor.pool;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rate-limits a pool's attempts to open connections while the database refuses them, so that a server that
 * is down, restarting or out of connection slots does not get a storm of connects from every waiting
 * thread.
 *
 * <p>One failed attempt changes nothing (a caller may retry at once). From the second failure in a row on,
 * the gate closes for a back-off that doubles with each failure, from {@value #FIRST_BACKOFF_MILLIS} ms up to
 * the pool's {@link PoolConfig#connectBackoff()}: while it is closed, a connect fails at once with the last
 * failure's SQLState and error code (so the dialect classifies it the same way) and a message saying when
 * the next attempt is due. When the back-off has passed, one caller at a time probes the database; the
 * others keep failing fast until a probe succeeds, which opens the gate for everyone.
 *
 * <p>Thread-safe and lock-free; a pool whose connects succeed pays one volatile read per new connection.
 */
final class ConnectGate {
    static final long FIRST_BACKOFF_MILLIS = 25;

    private final long maxBackoffNanos;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile long retryAtNanos;
    private volatile SQLException lastFailure;

    ConnectGate(Duration maxBackoff) {
        this.maxBackoffNanos = maxBackoff == null ? 0 : Math.max(0, maxBackoff.toNanos());
    }

    /**
     * Asks to attempt a connect.
     *
     * @return whether this caller holds the probe (and must call {@link #after(boolean, SQLException)} as its first argument)
     * @throws SQLException to fail fast while the gate is closed or another caller is probing
     */
    boolean before() throws SQLException {
        int n = failures.get();
        if (n < 2 || maxBackoffNanos == 0) {
            return false;
        }
        long wait = retryAtNanos - System.nanoTime();
        if (wait > 0 || !probing.compareAndSet(false, true)) {
            SQLException last = lastFailure;
            long ms = Math.max(0, TimeUnit.NANOSECONDS.toMillis(wait));
            String message = "Not connecting now: the last " + n + " attempts to connect failed; the next attempt"
                    + " is allowed " + (wait > 0 ? "in " + ms + " ms" : "once the one in progress ends")
                    + ". Last failure: " + (last == null ? "(unknown)" : last.getMessage());
            throw last == null ? new SQLException(message, "08001")
                    : new SQLException(message, last.getSQLState(), last.getErrorCode(), last);
        }
        return true;
    }

    /**
     * Records the outcome of an attempt.
     *
     * @param probe what {@link #before()} returned
     * @param failure the failure, or {@code null} on success
     */
    void after(boolean probe, SQLException failure) {
        if (failure == null) {
            if (failures.get() != 0) {
                failures.set(0);
                lastFailure = null;
            }
        } else {
            lastFailure = failure;
            int n = failures.incrementAndGet();
            if (n >= 2 && maxBackoffNanos > 0) {
                long backoff = TimeUnit.MILLISECONDS.toNanos(FIRST_BACKOFF_MILLIS) << Math.min(20, n - 2);
                retryAtNanos = System.nanoTime() + Math.min(maxBackoffNanos, backoff);
            }
        }
        if (probe) {
            probing.set(false);
        }
    }

    /**
     * Gives up the probe after an attempt that ended with neither a connection nor a driver error.
     *
     * @param probe what {@link #before()} returned
     */
    void abandon(boolean probe) {
        if (probe) {
            probing.set(false);
        }
    }

    /**
     * Returns how many attempts in a row have failed.
     *
     * @return the count (0 after a success)
     */
    int failures() {
        return failures.get();
    }
}
