package org.athanor.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Values through {@link PgjdbcDialect#setParameter} and {@link PgjdbcDialect#getValue} on a real server. */
class PgjdbcDialect_TypesLiveTest {

    private PgjdbcDialect dialect;
    private Connection conn;

    @BeforeEach
    void connect() throws SQLException {
        dialect = LivePostgres.dialect();
        conn = LivePostgres.connect(dialect);
        dialect.initialize(conn);
        conn.setAutoCommit(false); // every test rolls back, so temporary tables vanish
    }

    @AfterEach
    void close() throws SQLException {
        if (conn != null) {
            conn.rollback();
            conn.close();
        }
    }

    /** Binds each value into its own column of a temporary table, then reads the row back. */
    private List<Object> roundTrip(String columns, Object... values) throws SQLException {
        String t = LivePostgres.uniqueName("tmp");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE " + t + " (" + columns + ") ON COMMIT DROP");
        }
        String marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + t + " VALUES (" + marks + ")")) {
            for (int i = 0; i < values.length; i++) {
                dialect.setParameter(ps, i + 1, values[i]);
            }
            ps.executeUpdate();
        }
        List<Object> out = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
            rs.next();
            for (int i = 1; i <= values.length; i++) {
                out.add(dialect.getValue(rs, i));
            }
        }
        return out;
    }

    @Test
    void scalarsUuidAndBoolean() throws SQLException {
        UUID id = UUID.randomUUID();
        byte[] bytes = {1, 2, 3, (byte) 0xff};
        List<Object> row = roundTrip("u uuid, b boolean, n numeric(10,2), i bigint, t text, x bytea, nul int",
                id, true, new BigDecimal("12.50"), 7L, "héllo ✓", bytes, null);
        assertThat(row.get(0)).isEqualTo(id);
        assertThat(row.get(1)).isEqualTo(true);
        assertThat(row.get(2)).isEqualTo(new BigDecimal("12.50"));
        assertThat(row.get(3)).isEqualTo(7L);
        assertThat(row.get(4)).isEqualTo("héllo ✓");
        assertThat((byte[]) row.get(5)).containsExactly(bytes);
        assertThat(row.get(6)).isNull();
    }

    @Test
    void javaTimeBothWays() throws SQLException {
        LocalDate day = LocalDate.of(2024, 2, 29);
        LocalDateTime local = LocalDateTime.of(2024, 2, 29, 13, 45, 10, 123_456_000);
        LocalTime time = LocalTime.of(23, 59, 58);
        OffsetDateTime zoned = OffsetDateTime.of(2024, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(2));
        Instant instant = Instant.parse("2024-03-01T06:00:00Z");
        List<Object> row = roundTrip("d date, ts timestamp, t time, tz timestamptz, tz2 timestamptz",
                day, local, time, zoned, instant);
        assertThat(row.get(0)).isEqualTo(day);
        assertThat(row.get(1)).isEqualTo(local);
        assertThat(row.get(2)).isEqualTo(time);
        assertThat(row.get(3)).isInstanceOf(OffsetDateTime.class);
        assertThat(((OffsetDateTime) row.get(3)).toInstant()).isEqualTo(zoned.toInstant());
        assertThat(((OffsetDateTime) row.get(4)).toInstant()).isEqualTo(instant);
    }

    @Test
    void jsonAndJsonbThroughPgValues() throws SQLException {
        List<Object> row = roundTrip("j json, jb jsonb", PgValues.json("{\"a\": [1, 2]}"),
                PgValues.jsonb("{\"b\":   true}"));
        assertThat(row.get(0)).isEqualTo("{\"a\": [1, 2]}");
        assertThat(row.get(1)).isEqualTo("{\"b\": true}"); // jsonb normalizes the text
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT '1.2.3.4'::inet")) {
            rs.next();
            assertThat(dialect.getValue(rs, 1)).isEqualTo("1.2.3.4");
        }
    }

    @Test
    void simpleArraysFromListsAndArrays() throws SQLException {
        List<Object> row = roundTrip("ints int[], texts text[], empty int[], ids uuid[], days date[], prim bigint[]",
                List.of(1, 2, 3), new String[] {"a", null, "c"}, List.of(), List.of(UUID.fromString(
                        "00000000-0000-0000-0000-000000000001")), List.of(LocalDate.of(2020, 1, 2)),
                new long[] {5L, 6L});
        assertThat(row.get(0)).isEqualTo(List.of(1, 2, 3));
        assertThat(row.get(1)).isEqualTo(Arrays.asList("a", null, "c"));
        assertThat(row.get(2)).isEqualTo(List.of());
        assertThat(row.get(3)).isEqualTo(List.of(UUID.fromString("00000000-0000-0000-0000-000000000001")));
        assertThat(row.get(4)).isEqualTo(List.of(LocalDate.of(2020, 1, 2)));
        assertThat(row.get(5)).isEqualTo(List.of(5L, 6L));
    }

    @Test
    void twoDimensionalArraysReadAsNestedLists() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT ARRAY[[1,2],[3,4]]")) {
            rs.next();
            assertThat(dialect.getValue(rs, 1)).isEqualTo(List.of(List.of(1, 2), List.of(3, 4)));
        }
    }
}
