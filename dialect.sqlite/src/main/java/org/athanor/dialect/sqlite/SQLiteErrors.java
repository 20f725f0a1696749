package org.athanor.dialect.sqlite;

import java.sql.SQLException;
import java.util.regex.Pattern;
import org.athanor.dialect.ErrorClassifier;
import org.athanor.dialect.ErrorClassifier.Kind;

/**
 * Classifies sqlite-jdbc's exceptions by SQLite result code, and recognises a dead connection.
 *
 * <p>sqlite-jdbc reports no SQLState; it puts SQLite's primary result code in
 * {@link SQLException#getErrorCode()} and the code's name in brackets at the start of the message
 * ({@code [SQLITE_CONSTRAINT_UNIQUE] ...}). The mapping follows Python's sqlite3 module, which is what
 * SQLAlchemy's pysqlite dialect passes on, with two refinements so that an application handles the same
 * mistake the same way on every database:
 * <ul>
 * <li>{@code SQLITE_ERROR} for a mistake in the statement (syntax error, no such table or column, object
 * already exists, ...) is a programming error, as SQLState class 42 is on PostgreSQL and MySQL; any other
 * {@code SQLITE_ERROR} stays operational, as in pysqlite.</li>
 * <li>{@code SQLITE_MISMATCH} (a value of the wrong type for a rowid or STRICT column) is a data error, as
 * SQLState class 22 is elsewhere; pysqlite calls it an integrity error.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class SQLiteErrors {

    /** SQLite's primary result codes (https://www.sqlite.org/rescode.html). */
    static final int ERROR = 1;
    static final int INTERNAL = 2;
    static final int BUSY = 5;
    static final int LOCKED = 6;
    static final int CORRUPT = 11;
    static final int NOTFOUND = 12;
    static final int TOOBIG = 18;
    static final int CONSTRAINT = 19;
    static final int MISMATCH = 20;
    static final int MISUSE = 21;
    static final int FORMAT = 24;
    static final int RANGE = 25;
    static final int NOTADB = 26;

    /** SQLITE_ERROR messages that mean the statement itself is wrong. */
    private static final Pattern STATEMENT_MISTAKE = Pattern.compile(
            "syntax error|incomplete input|unrecognized token|no such (?:table|column|function|index|view"
                    + "|trigger|collation sequence|module|savepoint)|already exists|ambiguous column name"
                    + "|has no column named|wrong number of arguments|values were supplied|values for \\d+ columns"
                    + "|misuse of (?:aggregate|window) function|no tables specified|term out of range"
                    + "|do not have the same number of result columns|cannot (?:start|commit|rollback) a transaction"
                    + "|unknown database",
            Pattern.CASE_INSENSITIVE);

    /** sqlite-jdbc's messages for an operation on a closed connection. */
    private static final Pattern CLOSED = Pattern.compile(
            "database connection closed|The database has been closed", Pattern.CASE_INSENSITIVE);

    private SQLiteErrors() {
    }

    /**
     * Classifies an exception from sqlite-jdbc.
     *
     * @param e the exception
     * @return the kind
     */
    static Kind classify(SQLException e) {
        if (isClosedConnection(e)) {
            return Kind.OPERATIONAL;
        }
        if (!isSQLiteError(e)) {
            return ErrorClassifier.classify(e);
        }
        return switch (e.getErrorCode() & 0xff) {
            case ERROR -> STATEMENT_MISTAKE.matcher(String.valueOf(e.getMessage())).find()
                    ? Kind.PROGRAMMING : Kind.OPERATIONAL;
            case CONSTRAINT -> Kind.INTEGRITY;
            case MISMATCH, TOOBIG -> Kind.DATA;
            case INTERNAL, NOTFOUND -> Kind.INTERNAL;
            case MISUSE, RANGE -> Kind.INTERFACE;
            case CORRUPT, FORMAT, NOTADB -> Kind.DATABASE;
            // PERM, ABORT, BUSY, LOCKED, NOMEM, READONLY, INTERRUPT, IOERR, FULL, CANTOPEN, PROTOCOL, EMPTY,
            // SCHEMA, NOLFS, AUTH: the database could not do it now, as pysqlite says
            default -> Kind.OPERATIONAL;
        };
    }

    /**
     * Tells whether the exception says the connection is closed, SQLite's only kind of disconnect (pysqlite's
     * "Cannot operate on a closed database").
     *
     * @param e the exception
     * @return whether a closed connection
     */
    static boolean isClosedConnection(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == 0 && s.getMessage() != null
                    && CLOSED.matcher(s.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether the exception carries a SQLite result code.
     *
     * @param e the exception
     * @return whether the message starts with {@code [SQLITE_}
     */
    static boolean isSQLiteError(SQLException e) {
        return e.getErrorCode() != 0 && e.getMessage() != null && e.getMessage().startsWith("[SQLITE_");
    }
}
