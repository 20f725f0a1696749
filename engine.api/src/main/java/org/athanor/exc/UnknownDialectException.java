package org.athanor.exc;

import java.util.List;

/**
 * No dialect is registered under the name a URL asked for; the message lists every registered name.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class UnknownDialectException extends ArgumentException {
    private static final long serialVersionUID = 1L;

    private final String requested;
    private final List<String> registered;

    /**
     * Creates the exception.
     *
     * @param requested the name that was asked for, such as {@code mysql+foo}
     * @param registered the names that are registered now, in the form {@code name+driver}
     */
    public UnknownDialectException(String requested, List<String> registered) {
        super(message(requested, registered));
        this.requested = requested;
        this.registered = List.copyOf(registered);
    }

    private static String message(String requested, List<String> registered) {
        return "No dialect is registered for '" + requested + "'. Registered: "
                + (registered.isEmpty() ? "(none)" : String.join(", ", registered))
                + ". Install or start the bundle that provides it, put its jar (with a"
                + " META-INF/services/org.athanor.dialect.Dialect entry) on the class path,"
                + " or register it with DialectRegistry.register(...).";
    }

    /** @return the dialect name that was asked for */
    public String requested() {
        return requested;
    }

    /** @return the names registered when the lookup failed */
    public List<String> registered() {
        return registered;
    }
}
