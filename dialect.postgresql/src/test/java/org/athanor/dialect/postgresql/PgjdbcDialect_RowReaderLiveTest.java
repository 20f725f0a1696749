package org.athanor.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.athanor.dialect.RowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PgRows} reads every row exactly as {@link PgjdbcDialect#getValue} reads it value by value, for every
 * kind of column, NULL in the first row or a later one, in pgjdbc's text and binary transfer alike.
 */
class PgjdbcDialect_RowReaderLiveTest {

    private static final String COLUMNS = "i2 int2, i4 int4, i8 int8, f4 float4, f8 float8, n numeric(10, 2),"
            + " b bool, b1 bit(1), b3 bit(3), vb varbit, v varchar(20), t text, c char(3), d date, ts timestamp,"
            + " tz timestamptz, j json, u uuid, a int4[], o oid, by bytea";

    private PgjdbcDialect dialect;
    private Connection conn;
    private String table;

    @BeforeEach
    void connect() throws SQLException {
        dialect = LivePostgres.dialect();
        conn = LivePostgres.connect(dialect);
        dialect.initialize(conn);
        conn.setAutoCommit(false); // rolled back: the temporary table vanishes
        table = LivePostgres.uniqueName("tmp");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE " + table + " (k int, " + COLUMNS + ") ON COMMIT DROP");
            // row 1 all NULL, so nothing is learnt from it; then values; then NULLs again
            s.execute("INSERT INTO " + table + " (k) VALUES (1)");
            s.execute("INSERT INTO " + table + " VALUES (2, -32768, -2147483648, 9223372036854775807, 1.5, -2.25,"
                    + " 12345678.91, true, B'1', B'101', B'1101', 'vc', 'some text', 'ab', '2024-02-29',"
                    + " '2024-02-29 13:45:30.123456', '2024-02-29 13:45:30+02', '{\"a\": 1}',"
                    + " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{1,2,NULL}', 4000000000, '\\x00ff')");
            s.execute("INSERT INTO " + table + " VALUES (3, 0, 0, 0, 0, 0, 0, false, B'0', B'000', B'', '', '',"
                    + " '', '1970-01-01', '1970-01-01 00:00', '1970-01-01 00:00Z', 'null',"
                    + " '00000000-0000-0000-0000-000000000000', '{}', 0, '')");
            s.execute("INSERT INTO " + table + " (k) VALUES (4)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        if (conn != null) {
            conn.rollback();
            conn.close();
        }
    }

    private List<List<Object>> read(String sql, boolean reader) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            RowReader r = null;
            while (rs.next()) {
                Object[] values = new Object[n];
                if (reader) {
                    if (r == null) {
                        r = dialect.rowReader(rs);
                        assertThat(r).isInstanceOf(PgRows.class);
                    }
                    r.read(rs, values);
                } else {
                    for (int i = 0; i < n; i++) {
                        values[i] = dialect.getValue(rs, i + 1);
                    }
                }
                out.add(Arrays.asList(values));
            }
        }
        return out;
    }

    private static void assertSame(List<List<Object>> actual, List<List<Object>> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int r = 0; r < expected.size(); r++) {
            for (int i = 0; i < expected.get(r).size(); i++) {
                Object e = expected.get(r).get(i);
                Object a = actual.get(r).get(i);
                if (e instanceof byte[] eb) {
                    assertThat((byte[]) a).as("row %d column %d", r, i).containsExactly(eb);
                } else {
                    assertThat(a).as("row %d column %d", r, i).isEqualTo(e);
                    assertThat(a == null ? null : a.getClass()).as("class of row %d column %d", r, i)
                            .isEqualTo(e == null ? null : e.getClass());
                }
            }
        }
    }

    @Test
    void everyRowIsReadAsGetValueReadsIt() throws SQLException {
        // a NULL first row, and a non-NULL one, for each order; each statement run past pgjdbc's prepare
        // threshold, so later runs transfer in binary where pgjdbc does
        for (String order : new String[] {"k", "k DESC", "k = 1, k"}) {
            String sql = "SELECT * FROM " + table + " ORDER BY " + order;
            for (int run = 0; run < 8; run++) {
                assertSame(read(sql, true), read(sql, false));
            }
        }
    }

    @Test
    void aOneRowResultNeverLooksTheMetadataUp() throws SQLException {
        String sql = "SELECT * FROM " + table + " WHERE k = 2";
        assertSame(read(sql, true), read(sql, false));
        assertThat(read(sql, true)).hasSize(1);
    }

    @Test
    void bitColumnsOfOneBitAreBooleansOnlyAsGetObjectMakesThem() throws SQLException {
        String sql = "SELECT b, b1, b3, vb FROM " + table + " WHERE k IN (2, 3) ORDER BY k";
        List<List<Object>> rows = read(sql, true);
        assertSame(rows, read(sql, false));
        assertThat(rows.get(0).get(0)).isEqualTo(true);
        assertThat(rows.get(1).get(0)).isEqualTo(false);
        assertThat(rows.get(0).get(2)).isEqualTo("101");
    }
}
