package org.athanor.dialect.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.sqlite.core.Codes;
import org.sqlite.core.CoreResultSet;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

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
 * <p>Used only on sqlite-jdbc's own result sets; any other result set, or a driver whose internals differ
 * from those this class was compiled against, is read value by value with {@code getObject}.
 *
 * <p>Stateless and thread-safe (a result set is read by one thread at a time).
 */
final class SQLiteRows {

    private SQLiteRows() {
    }

    /**
     * Reads the current row into {@code values}, or returns {@code false} without reading anything if this
     * result set cannot be read this way.
     *
     * @param resultSet the result set, on a row
     * @param values where the values go; its length is the number of columns to read
     * @return whether the row was read
     * @throws SQLException if the driver fails (a closed result set, too few columns, a closed statement)
     */
    static boolean read(ResultSet resultSet, Object[] values) throws SQLException {
        if (!(resultSet instanceof CoreResultSet rs) || !(resultSet.getStatement() instanceof CoreStatement st)) {
            return false;
        }
        if (!rs.isOpen()) {
            throw new SQLException("ResultSet closed");
        }
        int n = values.length;
        if (n > 0) {
            rs.checkCol(n); // the driver's own range check, with its message
        }
        st.pointer.safeRunConsume((db, ptr) -> readRow(db, ptr, values));
        return true;
    }

    private static void readRow(DB db, long ptr, Object[] values) throws SQLException {
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
