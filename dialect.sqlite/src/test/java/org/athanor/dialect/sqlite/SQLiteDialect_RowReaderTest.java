package org.athanor.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.athanor.dialect.RowReader;
import org.junit.jupiter.api.Test;

/**
 * Rows read whole ({@link SQLiteRows}) give exactly what sqlite-jdbc's {@code getObject} gives, value by value,
 * whatever each value's storage class; values bound through the shortcuts are stored as {@code setObject}
 * stores them.
 */
class SQLiteDialect_RowReaderTest {
    private final SQLiteDialect dialect = new SQLiteDialect();

    private static final String MIXED = "SELECT a, b FROM t ORDER BY rowid";

    private static void fill(Connection c) throws SQLException {
        // no declared types: every storage class in every column, row by row
        RawSQLite.exec(c, "CREATE TABLE t (a, b)",
                "INSERT INTO t VALUES (1, 'x'), (-2147483648, 2147483647), (2147483648, -2147483649),"
                        + " (9223372036854775807, 0.5), (NULL, x'00ff'), ('text', NULL), (1e300, ''),"
                        + " (0, 'é€😀'), (127, 128)");
    }

    private static List<List<Object>> readWithGetObject(Connection c) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(MIXED); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(java.util.Arrays.asList(rs.getObject(1), rs.getObject(2)));
            }
        }
        return out;
    }

    private List<List<Object>> readWithReader(SQLiteDialect d, Connection c) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(MIXED); ResultSet rs = ps.executeQuery()) {
            RowReader reader = null;
            while (rs.next()) {
                if (reader == null) {
                    reader = d.rowReader(rs);
                }
                Object[] values = new Object[2];
                reader.read(rs, values);
                out.add(java.util.Arrays.asList(values));
            }
        }
        return out;
    }

    @Test
    void aWholeRowIsWhatGetObjectGivesValueByValue() throws SQLException {
        try (Connection c = RawSQLite.open(dialect, "sqlite://")) {
            fill(c);
            try (PreparedStatement ps = c.prepareStatement(MIXED); ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(dialect.rowReader(rs)).isInstanceOf(SQLiteRows.class);
            }
            List<List<Object>> expected = readWithGetObject(c);
            List<List<Object>> actual = readWithReader(dialect, c);
            assertThat(actual).hasSameSizeAs(expected);
            for (int r = 0; r < expected.size(); r++) {
                for (int i = 0; i < 2; i++) {
                    Object e = expected.get(r).get(i);
                    Object a = actual.get(r).get(i);
                    if (e instanceof byte[] eb) {
                        assertThat(a).isInstanceOf(byte[].class);
                        assertThat((byte[]) a).containsExactly(eb);
                    } else {
                        assertThat(a).as("row %d column %d", r, i).isEqualTo(e);
                        assertThat(a == null ? null : a.getClass()).isEqualTo(e == null ? null : e.getClass());
                    }
                }
            }
            assertThat(actual.get(1)).containsExactly(Integer.MIN_VALUE, Integer.MAX_VALUE);
            assertThat(actual.get(2)).containsExactly(2147483648L, -2147483649L);
        }
    }

    @Test
    void aSubclassThatReadsValuesItsOwnWayIsReadValueByValue() throws SQLException {
        SQLiteDialect own = new SQLiteDialect() {
            @Override
            public Object getValue(ResultSet resultSet, int index) throws SQLException {
                Object v = super.getValue(resultSet, index);
                return v == null ? "NULL!" : v;
            }
        };
        try (Connection c = RawSQLite.open(own, "sqlite://")) {
            fill(c);
            List<List<Object>> rows = readWithReader(own, c);
            assertThat(rows.get(4).get(0)).isEqualTo("NULL!");
            assertThat(rows.get(5).get(1)).isEqualTo("NULL!");
        }
    }

    @Test
    void tooManyColumnsOrAClosedResultSetFailAsTheDriverDoes() throws SQLException {
        try (Connection c = RawSQLite.open(dialect, "sqlite://")) {
            fill(c);
            try (PreparedStatement ps = c.prepareStatement(MIXED)) {
                ResultSet rs = ps.executeQuery();
                assertThat(rs.next()).isTrue();
                RowReader reader = dialect.rowReader(rs);
                assertThatThrownBy(() -> reader.read(rs, new Object[3])).isInstanceOf(SQLException.class)
                        .hasMessageContaining("out of bounds");
                rs.close();
                assertThatThrownBy(() -> reader.read(rs, new Object[2])).isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void stringsBooleansAndNumbersAreStoredAsSetObjectStoresThem() throws SQLException {
        try (Connection c = RawSQLite.open(dialect, "sqlite://")) {
            RawSQLite.exec(c, "CREATE TABLE t (a, b)");
            Object[] values = {"text", true, false, 7, 1L << 40, 2.5, null};
            try (PreparedStatement mine = c.prepareStatement("INSERT INTO t VALUES (?, 'mine')");
                    PreparedStatement theirs = c.prepareStatement("INSERT INTO t VALUES (?, 'theirs')")) {
                for (Object v : values) {
                    dialect.setParameter(mine, 1, v);
                    mine.executeUpdate();
                    theirs.setObject(1, v);
                    theirs.executeUpdate();
                }
            }
            List<Object> mine = new ArrayList<>();
            List<Object> theirs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a, typeof(a), b FROM t ORDER BY rowid");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> to = rs.getString(3).equals("mine") ? mine : theirs;
                    to.add(rs.getObject(1));
                    to.add(rs.getString(2));
                }
            }
            assertThat(mine).isEqualTo(theirs).hasSize(14);
        }
    }
}
