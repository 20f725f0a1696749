package org.athanor.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * An error in the database's operation, not necessarily the program's: a lost connection, a failed connect, an out-of-resources condition, a timeout, a serialization failure or deadlock (SQLState classes 08, 53, 57, 58, HY, 40 and the like). Disconnects are of this kind.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class OperationalException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param statement the SQL text, or {@code null}
     * @param parameters the parameters, or {@code null}
     * @param cause the driver's exception
     * @param connectionInvalidated whether the error was a disconnect that invalidated the connection
     */
    public OperationalException(String statement, List<?> parameters, SQLException cause, boolean connectionInvalidated) {
        super(statement, parameters, cause, connectionInvalidated);
    }
}
