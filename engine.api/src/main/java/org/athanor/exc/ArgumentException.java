package org.athanor.exc;

/**
 * An argument was wrong: a malformed URL, an unknown option, a value of the wrong type or range. The message quotes the offending input (with any password masked) and says what is expected.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class ArgumentException extends AthanorException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what was wrong and what to do.
     *
     * @param message the message
     */
    public ArgumentException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the exception that caused it.
     *
     * @param message the message
     * @param cause the cause, kept for the caller
     */
    public ArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
