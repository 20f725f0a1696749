package org.athanor.exc;

/**
 * The dialect an engine was built on has gone away (its bundle was stopped, updated or uninstalled, or its
 * driver bundle was refreshed); the engine has been disposed. Create a new engine once the dialect is back.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class DialectUnavailableException extends ResourceClosedException {
    private static final long serialVersionUID = 1L;

    private final String dialect;

    /**
     * Creates the exception.
     *
     * @param dialect the qualified dialect name, such as {@code mysql+foo}
     * @param message the message
     */
    public DialectUnavailableException(String dialect, String message) {
        super(message);
        this.dialect = dialect;
    }

    /** @return the qualified name of the dialect that left */
    public String dialect() {
        return dialect;
    }
}
