package org.athanor.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * The database hit an internal error, such as a cursor no longer valid or a transaction out of sync (SQLState class XX).
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class InternalException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param statement the SQL text, or {@code null}
     * @param parameters the parameters, or {@code null}
     * @param cause the driver's exception
     * @param connectionInvalidated whether the error was a disconnect that invalidated the connection
     */
    public InternalException(String statement, List<?> parameters, SQLException cause, boolean connectionInvalidated) {
        super(statement, parameters, cause, connectionInvalidated);
    }
}
