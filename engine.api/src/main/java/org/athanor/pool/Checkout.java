package org.athanor.pool;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One connection that is checked out of a pool now, as {@link Pool#checkouts()} sees it: which connection,
 * which thread holds it, since when, and (when the pool's leak detection is on) the stack of the checkout.
 * For the shell's pool view and for hunting connection leaks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param connection the driver connection, named by class and identity hash (never its {@code toString()},
 *     which may show a password)
 * @param thread the name of the thread that checked it out
 * @param since when it was checked out: to within 10 ms (the pool notes it from a clock a thread refreshes,
 *     which costs far less than reading the system clock at every checkout); exact when
 *     {@link PoolConfig#leakDetectionThreshold()} is set
 * @param stack the stack of the checkout, outermost frame last; empty unless
 *     {@link PoolConfig#leakDetectionThreshold()} is set
 * @param reportedAsLeak whether it was held longer than the leak detection threshold and so reported
 */
public record Checkout(String connection, String thread, Instant since, List<StackTraceElement> stack,
        boolean reportedAsLeak) {

    /** Checks and copies the components. */
    public Checkout {
        stack = stack == null ? List.of() : List.copyOf(stack);
    }

    /** The checkouts of some records now, oldest first. */
    static List<Checkout> of(Collection<ConnectionRecord> records) {
        List<Checkout> out = new ArrayList<>();
        for (ConnectionRecord r : records) {
            Checkout c = r.checkout();
            if (c != null) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparing(Checkout::since));
        return out;
    }

    /**
     * Returns how long the connection has been out at a given moment.
     *
     * @param now the moment, such as {@code Instant.now()}
     * @return the time held (zero if {@code now} is before {@link #since()})
     */
    public Duration heldAt(Instant now) {
        Duration d = Duration.between(since, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * Describes the checkout in one line, for logs and the shell.
     *
     * @return such as {@code PgConnection@1a2b3c held by worker-3 since 2024-05-01T10:00:00Z}
     */
    @Override
    public String toString() {
        return connection + " held by " + thread + " since " + since + (reportedAsLeak ? " (reported as a leak)"
                : "");
    }
}
