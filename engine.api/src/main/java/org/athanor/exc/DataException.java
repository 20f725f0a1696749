package org.athanor.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * A problem with the data: a value out of range, a division by zero, a bad conversion (SQLState class 22).
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class DataException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param statement the SQL text, or {@code null}
     * @param parameters the parameters, or {@code null}
     * @param cause the driver's exception
     * @param connectionInvalidated whether the error was a disconnect that invalidated the connection
     */
    public DataException(String statement, List<?> parameters, SQLException cause, boolean connectionInvalidated) {
        super(statement, parameters, cause, connectionInvalidated);
    }
}
