package org.athanor.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * An error reported by the database (DB-API's DatabaseError); the specific kinds are its subclasses.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class DatabaseException extends DBAPIException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param statement the SQL text, or {@code null}
     * @param parameters the parameters, or {@code null}
     * @param cause the driver's exception
     * @param connectionInvalidated whether the error was a disconnect that invalidated the connection
     */
    public DatabaseException(String statement, List<?> parameters, SQLException cause, boolean connectionInvalidated) {
        super(statement, parameters, cause, connectionInvalidated);
    }
}
