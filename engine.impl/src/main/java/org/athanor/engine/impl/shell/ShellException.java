package org.athanor.engine.impl.shell;

import org.athanor.exc.AthanorException;

/**
 * A shell command's failure, as the one line the shell prints: its {@link #toString()} is its message alone,
 * without the class name, because Gogo's shell prints a failed command's exception with {@code toString()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShellException extends AthanorException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the failure.
     *
     * @param message the line to print: what went wrong and what to do
     */
    public ShellException(String message) {
        super(oneLine(message));
    }

    private ShellException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /**
     * Turns whatever a command threw into one line: the first message along its causes, with line breaks
     * folded into spaces, or the name of its type if none has a message. The original stays the cause.
     *
     * @param failure what the command threw
     * @return the failure to throw to the shell
     */
    public static ShellException of(Throwable failure) {
        if (failure instanceof ShellException s) {
            return s;
        }
        Throwable t = failure;
        while (isBlank(t.getMessage()) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = isBlank(t.getMessage()) ? t.getClass().getSimpleName() : t.getMessage();
        return new ShellException(message, failure);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
