package org.athanor.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * The database or driver does not support the requested operation (SQLState class 0A, or the driver's SQLFeatureNotSupportedException).
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class NotSupportedException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param statement the SQL text, or {@code null}
     * @param parameters the parameters, or {@code null}
     * @param cause the driver's exception
     * @param connectionInvalidated whether the error was a disconnect that invalidated the connection
     */
    public NotSupportedException(String statement, List<?> parameters, SQLException cause, boolean connectionInvalidated) {
        super(statement, parameters, cause, connectionInvalidated);
    }
}
