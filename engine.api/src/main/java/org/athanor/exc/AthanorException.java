package org.athanor.exc;

/**
 * The root of every exception Athanor throws; unchecked, like all of them.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class AthanorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what was wrong and what to do.
     *
     * @param message the message
     */
    public AthanorException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the exception that caused it.
     *
     * @param message the message
     * @param cause the cause, kept for the caller
     */
    public AthanorException(String message, Throwable cause) {
        super(message, cause);
    }
}
