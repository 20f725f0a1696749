package org.athanor.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * A programming error: a table that does not exist, a syntax error, a wrong number of parameters (SQLState classes 42, 3F, 26, 34, 0A-less syntax errors).
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class ProgrammingException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param statement the SQL text, or {@code null}
     * @param parameters the parameters, or {@code null}
     * @param cause the driver's exception
     * @param connectionInvalidated whether the error was a disconnect that invalidated the connection
     */
    public ProgrammingException(String statement, List<?> parameters, SQLException cause, boolean connectionInvalidated) {
        super(statement, parameters, cause, connectionInvalidated);
    }
}
