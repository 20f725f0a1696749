package org.athanor.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * An error in the driver's interface to the database rather than in the database itself (DB-API's InterfaceError).
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class InterfaceException extends DBAPIException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param statement the SQL text, or {@code null}
     * @param parameters the parameters, or {@code null}
     * @param cause the driver's exception
     * @param connectionInvalidated whether the error was a disconnect that invalidated the connection
     */
    public InterfaceException(String statement, List<?> parameters, SQLException cause, boolean connectionInvalidated) {
        super(statement, parameters, cause, connectionInvalidated);
    }
}
