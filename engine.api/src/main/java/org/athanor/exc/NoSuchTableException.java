package org.athanor.exc;

/**
 * A table was asked for that a metadata or a database does not have; the message says where it was looked
 * for.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class NoSuchTableException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what was wrong and what to do.
     *
     * @param message the message
     */
    public NoSuchTableException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the exception that caused it.
     *
     * @param message the message
     * @param cause the cause, kept for the caller
     */
    public NoSuchTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
