package org.athanor.exc;

/**
 * A SQL expression could not be compiled for the target dialect; the message names the construct and the dialect.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class CompileException extends AthanorException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what was wrong and what to do.
     *
     * @param message the message
     */
    public CompileException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the exception that caused it.
     *
     * @param message the message
     * @param cause the cause, kept for the caller
     */
    public CompileException(String message, Throwable cause) {
        super(message, cause);
    }
}
