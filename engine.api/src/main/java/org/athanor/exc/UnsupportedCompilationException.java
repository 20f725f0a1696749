package org.athanor.exc;

/**
 * The target dialect has no way to render a construct (for example RETURNING on a server that lacks it).
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class UnsupportedCompilationException extends CompileException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what was wrong and what to do.
     *
     * @param message the message
     */
    public UnsupportedCompilationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the exception that caused it.
     *
     * @param message the message
     * @param cause the cause, kept for the caller
     */
    public UnsupportedCompilationException(String message, Throwable cause) {
        super(message, cause);
    }
}
