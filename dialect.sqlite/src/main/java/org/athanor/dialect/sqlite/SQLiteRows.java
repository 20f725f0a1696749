package org.athanor.dialect.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.athanor.dialect.RowReader;
import org.sqlite.core.Codes;
import org.sqlite.core.CoreResultSet;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;
import org.sqlite.core.SafeStmtPtr;

/**
 * Reads a whole row of a sqlite-jdbc result set under one lock of its database.
 *
 * <p>sqlite-jdbc's {@code getObject(int)} takes the database's lock twice per value: once to ask SQLite for
 * the value's storage class ({@code sqlite3_column_type}), once more to read it. A row of five columns is ten
 * lock round trips; reading the row inside one {@code SafeStmtPtr.safeRunConsume} makes it one (the driver's
 * native methods still lock, but on a lock this thread already holds). The values are exactly
 * {@code getObject}'s: a 64-bit {@code INTEGER} as {@link Integer} when it fits, else {@link Long}; a
 * {@code REAL} as {@link Double}; a {@code BLOB} as {@code byte[]}; {@code NULL} as {@code null}; anything
 * else as the driver's text. Integers are boxed with {@code Integer.valueOf}, which reuses the cached small
 * ones, where {@code getObject} always allocates: equal values, fewer objects.
 *
 * <p>Made only for sqlite-jdbc's own result sets; with a driver whose internals differ from those this class
 * was compiled against, it reads value by value with {@code getObject}.
 *
 * <p>Not thread-safe: one per result set, read by one thread at a time.
 */
final class SQLiteRows implements RowReader, SafeStmtPtr.SafePtrConsumer<SQLException> {
    private final CoreResultSet resultSet;
    private final CoreStatement statement;
    /** Set once the driver turned out not to have the internals used here: read with getObject from then on. */
    private boolean valueByValue;
    /** The row being read, while the database's lock is held (saves a capturing lambda per row). */
    private Object[] row;

    private SQLiteRows(CoreResultSet resultSet, CoreStatement statement) {
        this.resultSet = resultSet;
        this.statement = statement;
    }

    /**
     * Makes the reader of a result set, if it is sqlite-jdbc's.
     *
     * @param resultSet the result set
     * @return the reader, or {@code null} for another driver's result set
     * @throws SQLException if the driver fails
     */
    static RowReader of(ResultSet resultSet) throws SQLException {
        if (resultSet instanceof CoreResultSet rs && resultSet.getStatement() instanceof CoreStatement st) {
            return new SQLiteRows(rs, st);
        }
        return null;
    }

    @Override
    public void read(ResultSet rs, Object[] values) throws SQLException {
        if (!valueByValue) {
            try {
                readWhole(values);
                return;
            } catch (LinkageError e) {
                valueByValue = true; // a sqlite-jdbc whose internals differ
            }
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getObject(i + 1);
        }
    }

    private void readWhole(Object[] values) throws SQLException {
        if (!resultSet.isOpen()) {
            throw new SQLException("ResultSet closed");
        }
        if (values.length > 0) {
            resultSet.checkCol(values.length); // the driver's own range check, with its message
        }
        row = values;
        try {
            statement.pointer.safeRunConsume(this);
        } finally {
            row = null;
        }
    }

    /**
     * Reads {@link #row}, under the database's lock (sqlite-jdbc calls this from {@code safeRunConsume}).
     *
     * @param db the database
     * @param ptr the statement
     * @throws SQLException if the driver fails
     */
    @Override
    public void run(DB db, long ptr) throws SQLException {
        Object[] values = row;
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (db.column_type(ptr, i)) {
                case Codes.SQLITE_INTEGER -> {
                    long v = db.column_long(ptr, i);
                    yield v == (int) v ? (Object) Integer.valueOf((int) v) : (Object) Long.valueOf(v);
                }
                case Codes.SQLITE_FLOAT -> db.column_double(ptr, i);
                case Codes.SQLITE_BLOB -> db.column_blob(ptr, i);
                case Codes.SQLITE_NULL -> null;
                default -> db.column_text(ptr, i);
            };
        }
    }
}
