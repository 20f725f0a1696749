package org.athanor.dialect.postgresql;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import org.athanor.dialect.RowReader;

/**
 * Reads the rows of a pgjdbc result set with its typed getters where they give what {@code getObject} gives.
 *
 * <p>pgjdbc's {@code getObject} looks the column's JDBC type up, then calls the typed getter for it
 * ({@code getInt} for {@code INTEGER}, {@code SMALLINT} and {@code TINYINT}; {@code getLong} for
 * {@code BIGINT}; {@code getDouble} for {@code DOUBLE} and {@code FLOAT}; {@code getString} for
 * {@code VARCHAR}, {@code CHAR} and {@code LONGVARCHAR}; {@code getBoolean} for a {@code BIT} column of the
 * {@code bool} type and for {@code bit(1)} sent as text) and boxes its result: every step checks the result set and the
 * column again, and costs about as much as the getter itself. This reader reads the first row as
 * {@link PgTypes#read} does; from the second row on, it has looked the columns' types up once, in the result's
 * metadata (the same lookup by type OID {@code getObject} makes; a {@code BIT} column qualifies only if its
 * precision is 1 and its first value was a {@code Boolean}), and calls those getters directly, with
 * {@code wasNull()} for the primitive ones. Any other column is still read by {@link PgTypes#read}. A result of
 * one row never looks its metadata up.
 *
 * <p>Not thread-safe: one per result set, read by one thread at a time.
 */
final class PgRows implements RowReader {
    private static final byte OBJECT = 0;
    private static final byte INT = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte BOOLEAN = 4;
    private static final byte STRING = 5;

    /** The column reads, once known; {@code null} before the second row. */
    private byte[] kinds;
    private boolean firstRead;
    /** Which of the first 64 columns held a Boolean in the first row. */
    private long firstBooleans;

    @Override
    public void read(ResultSet rs, Object[] values) throws SQLException {
        byte[] k = kinds;
        if (k == null) {
            if (!firstRead) {
                firstRead = true;
                for (int i = 0; i < values.length; i++) {
                    Object v = PgTypes.read(rs, i + 1);
                    if (v instanceof Boolean && i < 64) {
                        firstBooleans |= 1L << i;
                    }
                    values[i] = v;
                }
                return;
            }
            kinds = k = kinds(rs.getMetaData(), values.length, firstBooleans);
        }
        for (int i = 0; i < values.length; i++) {
            int c = i + 1;
            values[i] = switch (k[i]) {
                case INT -> {
                    int v = rs.getInt(c);
                    yield v == 0 && rs.wasNull() ? null : (Object) Integer.valueOf(v);
                }
                case LONG -> {
                    long v = rs.getLong(c);
                    yield v == 0 && rs.wasNull() ? null : (Object) Long.valueOf(v);
                }
                case DOUBLE -> {
                    double v = rs.getDouble(c);
                    yield v == 0 && rs.wasNull() ? null : (Object) Double.valueOf(v);
                }
                case BOOLEAN -> {
                    boolean v = rs.getBoolean(c);
                    yield !v && rs.wasNull() ? null : (Object) Boolean.valueOf(v);
                }
                case STRING -> rs.getString(c);
                default -> PgTypes.read(rs, c);
            };
        }
    }

    private static byte[] kinds(ResultSetMetaData md, int n, long firstBooleans) throws SQLException {
        byte[] k = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = i + 1;
            k[i] = switch (md.getColumnType(c)) {
                case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INT;
                case Types.BIGINT -> LONG;
                case Types.DOUBLE, Types.FLOAT -> DOUBLE;
                case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR -> STRING;
                // bool, and bit(1) sent as text, getObject reads with getBoolean: a one-character column whose
                // first value was a Boolean. Longer bit strings, bit(1) sent in binary, or a first NULL: as before
                case Types.BIT, Types.BOOLEAN ->
                    i < 64 && (firstBooleans & 1L << i) != 0 && md.getPrecision(c) == 1 ? BOOLEAN : OBJECT;
                default -> OBJECT;
            };
        }
        return k;
    }
}
