package org.athanor.dialect;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.DataException;
import org.athanor.exc.DatabaseException;
import org.athanor.exc.IntegrityException;
import org.athanor.exc.InterfaceException;
import org.athanor.exc.InternalException;
import org.athanor.exc.NotSupportedException;
import org.athanor.exc.OperationalException;
import org.athanor.exc.ProgrammingException;

/**
 * Classifies driver exceptions the way SQLAlchemy's DB-API exception classes do, from the JDBC exception
 * subclass and the SQLState class.
 *
 * <p>Stateless and thread-safe.
 */
public final class ErrorClassifier {

    /** The classes of driver error. */
    public enum Kind {
        /** {@link InterfaceException}. */
        INTERFACE,
        /** {@link DatabaseException}. */
        DATABASE,
        /** {@link DataException}. */
        DATA,
        /** {@link OperationalException}. */
        OPERATIONAL,
        /** {@link IntegrityException}. */
        INTEGRITY,
        /** {@link InternalException}. */
        INTERNAL,
        /** {@link ProgrammingException}. */
        PROGRAMMING,
        /** {@link NotSupportedException}. */
        NOT_SUPPORTED
    }

    private ErrorClassifier() {
    }

    /**
     * Classifies by JDBC exception type first, then SQLState class.
     *
     * @param e the exception
     * @return the kind
     */
    public static Kind classify(SQLException e) {
        if (e instanceof SQLIntegrityConstraintViolationException) {
            return Kind.INTEGRITY;
        }
        if (e instanceof SQLDataException) {
            return Kind.DATA;
        }
        if (e instanceof SQLSyntaxErrorException) {
            return Kind.PROGRAMMING;
        }
        if (e instanceof SQLFeatureNotSupportedException) {
            return Kind.NOT_SUPPORTED;
        }
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException || e instanceof SQLTimeoutException
                || e instanceof SQLTransactionRollbackException || e instanceof SQLInvalidAuthorizationSpecException) {
            return Kind.OPERATIONAL;
        }
        return classifySqlState(e.getSQLState());
    }

    /**
     * Classifies by SQLState class alone.
     *
     * @param state the SQLState, possibly {@code null}
     * @return the kind ({@code DATABASE} when unknown)
     */
    public static Kind classifySqlState(String state) {
        if (state == null || state.length() < 2) {
            return Kind.DATABASE;
        }
        return switch (state.substring(0, 2)) {
            case "08", "40", "53", "54", "55", "57", "58", "HY", "28", "3B", "F0", "P0" -> Kind.OPERATIONAL;
            case "22" -> Kind.DATA;
            case "23" -> Kind.INTEGRITY;
            case "42", "3F", "26", "34", "2F", "38", "39", "44", "3D", "0L", "0P", "2B" -> Kind.PROGRAMMING;
            case "0A" -> Kind.NOT_SUPPORTED;
            case "XX", "24", "25", "2D", "27" -> Kind.INTERNAL;
            case "01", "02" -> Kind.DATABASE;
            default -> Kind.DATABASE;
        };
    }

    /**
     * Wraps a driver exception in the exception of a kind.
     *
     * @param kind the kind
     * @param e the driver exception
     * @param sql the statement, or {@code null}
     * @param parameters its parameters, or {@code null}
     * @param invalidated whether the connection was invalidated
     * @return the wrapping exception
     */
    public static DBAPIException wrap(Kind kind, SQLException e, String sql, List<?> parameters,
            boolean invalidated) {
        return switch (kind) {
            case INTERFACE -> new InterfaceException(sql, parameters, e, invalidated);
            case DATABASE -> new DatabaseException(sql, parameters, e, invalidated);
            case DATA -> new DataException(sql, parameters, e, invalidated);
            case OPERATIONAL -> new OperationalException(sql, parameters, e, invalidated);
            case INTEGRITY -> new IntegrityException(sql, parameters, e, invalidated);
            case INTERNAL -> new InternalException(sql, parameters, e, invalidated);
            case PROGRAMMING -> new ProgrammingException(sql, parameters, e, invalidated);
            case NOT_SUPPORTED -> new NotSupportedException(sql, parameters, e, invalidated);
        };
    }
}
