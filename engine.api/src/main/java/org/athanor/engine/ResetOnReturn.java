package org.athanor.engine;

/**
 * What a pool does to a connection when it is returned (SQLAlchemy's {@code reset_on_return}).
 *
 * <p>Thread-safe (an enum).
 */
public enum ResetOnReturn {
    /** Roll back, releasing locks and discarding uncommitted work (the default). */
    ROLLBACK,
    /** Commit whatever is pending. */
    COMMIT,
    /** Do nothing: for connections another framework manages (seed 002). */
    NONE
}
