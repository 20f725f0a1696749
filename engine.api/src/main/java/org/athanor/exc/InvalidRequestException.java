package org.athanor.exc;

/**
 * The request is not valid in the object's current state, such as committing a transaction that is no longer active or asking a result for a row it does not have.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class InvalidRequestException extends AthanorException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what was wrong and what to do.
     *
     * @param message the message
     */
    public InvalidRequestException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the exception that caused it.
     *
     * @param message the message
     * @param cause the cause, kept for the caller
     */
    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
