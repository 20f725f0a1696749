package org.athanor.exc;

/**
 * A row or result was asked for a column it does not have; the message lists the columns it does have.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class NoSuchColumnException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what was wrong and what to do.
     *
     * @param message the message
     */
    public NoSuchColumnException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the exception that caused it.
     *
     * @param message the message
     * @param cause the cause, kept for the caller
     */
    public NoSuchColumnException(String message, Throwable cause) {
        super(message, cause);
    }
}
