package org.athanor.engine;

/**
 * How an engine chooses the connection for implicit (connectionless) execution (seed 003).
 *
 * <p>Thread-safe (an enum).
 */
public enum Strategy {
    /** Each implicit execution checks out its own connection, returned when its result is closed. */
    PLAIN,
    /**
     * Implicit executions in one thread share the connection that thread already has checked out; it is
     * returned to the pool when every result and contextual connection using it is closed. The engine's own
     * {@code begin()}, {@code commit()} and {@code rollback()} act on that connection. Discouraged, as in
     * SQLAlchemy: kept for the pattern the seeds describe.
     */
    THREADLOCAL
}
