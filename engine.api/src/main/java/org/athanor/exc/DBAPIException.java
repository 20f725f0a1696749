package org.athanor.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * The driver raised a {@link SQLException}; this wraps it with the statement and parameters, keeping it as
 * the {@linkplain #getCause() cause}. Subclasses classify it as SQLAlchemy does, from the SQLState and the
 * driver's exception type (the dialect may refine the choice).
 *
 * <p>{@link #connectionInvalidated()} tells whether the dialect judged the error a disconnect, in which case
 * the connection (and the pool's older idle connections) have been invalidated and the next checkout gets a
 * fresh connection.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class DBAPIException extends StatementException {
    private static final long serialVersionUID = 1L;

    private final boolean connectionInvalidated;

    /**
     * Creates the exception.
     *
     * @param statement the SQL text, or {@code null}
     * @param parameters the parameters, or {@code null}
     * @param cause the driver's exception
     * @param connectionInvalidated whether the error was a disconnect that invalidated the connection
     */
    public DBAPIException(String statement, List<?> parameters, SQLException cause,
            boolean connectionInvalidated) {
        super(describe(cause), statement, parameters, cause);
        this.connectionInvalidated = connectionInvalidated;
    }

    private static String describe(SQLException e) {
        StringBuilder sb = new StringBuilder();
        sb.append('(').append(e.getClass().getName());
        if (e.getSQLState() != null) {
            sb.append(", SQLState ").append(e.getSQLState());
        }
        if (e.getErrorCode() != 0) {
            sb.append(", code ").append(e.getErrorCode());
        }
        sb.append(") ").append(e.getMessage());
        return sb.toString();
    }

    /** @return the driver's exception */
    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }

    /** @return the SQLState the driver reported, or {@code null} */
    public String sqlState() {
        return getCause().getSQLState();
    }

    /** @return the vendor error code the driver reported */
    public int errorCode() {
        return getCause().getErrorCode();
    }

    /** @return whether this error was judged a disconnect and the connection was invalidated */
    public boolean connectionInvalidated() {
        return connectionInvalidated;
    }
}
