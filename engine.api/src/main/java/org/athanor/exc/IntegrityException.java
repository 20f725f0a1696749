package org.athanor.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * A constraint was violated: a duplicate key, a foreign key with no parent, a NULL in a NOT NULL column, a failed check (SQLState class 23).
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class IntegrityException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param statement the SQL text, or {@code null}
     * @param parameters the parameters, or {@code null}
     * @param cause the driver's exception
     * @param connectionInvalidated whether the error was a disconnect that invalidated the connection
     */
    public IntegrityException(String statement, List<?> parameters, SQLException cause, boolean connectionInvalidated) {
        super(statement, parameters, cause, connectionInvalidated);
    }
}
