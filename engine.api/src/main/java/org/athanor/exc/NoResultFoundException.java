package org.athanor.exc;

/**
 * A single row was required (for example by {@code Result.one()}) and the result had none.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class NoResultFoundException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what was wrong and what to do.
     *
     * @param message the message
     */
    public NoResultFoundException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the exception that caused it.
     *
     * @param message the message
     * @param cause the cause, kept for the caller
     */
    public NoResultFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
