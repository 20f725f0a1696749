package org.athanor.exc;

/**
 * A pooled connection was found to be dead while being checked out (for example by pre-ping); the pool discards it and tries a fresh one.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class DisconnectionException extends AthanorException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what was wrong and what to do.
     *
     * @param message the message
     */
    public DisconnectionException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the exception that caused it.
     *
     * @param message the message
     * @param cause the cause, kept for the caller
     */
    public DisconnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
