package org.athanor.pool;

/**
 * A snapshot of a pool's figures, for status displays and tests.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size the configured size (0 if the pool has none)
 * @param maxOverflow the configured overflow (0 if the pool has none; -1 for unlimited)
 * @param checkedIn connections idle in the pool
 * @param checkedOut connections in use
 * @param overflow connections open beyond the size now (negative while the pool is not yet full, as in
 *     SQLAlchemy)
 * @param timeouts checkouts that timed out so far
 * @param invalidations connections invalidated so far
 */
public record PoolStatistics(int size, int maxOverflow, int checkedIn, int checkedOut, int overflow,
        long timeouts, long invalidations) {
}
