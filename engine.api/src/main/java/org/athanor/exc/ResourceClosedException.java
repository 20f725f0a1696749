package org.athanor.exc;

/**
 * An operation was attempted on a connection, result or engine that has already been closed or disposed.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class ResourceClosedException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what was wrong and what to do.
     *
     * @param message the message
     */
    public ResourceClosedException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the exception that caused it.
     *
     * @param message the message
     * @param cause the cause, kept for the caller
     */
    public ResourceClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
