package org.athanor.exc;

/**
 * A value could not be converted between its Java form and its database form for a column type: a result
 * value of a class the type does not expect, or text that does not parse; the message names the value and
 * the type.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class ConversionException extends AthanorException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what was wrong and what to do.
     *
     * @param message the message
     */
    public ConversionException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and the exception that caused it.
     *
     * @param message the message
     * @param cause the cause, kept for the caller
     */
    public ConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
