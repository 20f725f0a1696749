package org.athanor.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SQLiteDialect_TextTest {

    private final SQLiteDialect dialect = new SQLiteDialect();

    @Test
    void dataAndSchemaChangesAreAutocommitted() {
        assertThat(dialect.isAutocommitText("INSERT INTO t VALUES (1)")).isTrue();
        assertThat(dialect.isAutocommitText("  /* why */ update t set x = 1")).isTrue();
        assertThat(dialect.isAutocommitText("REPLACE INTO t VALUES (1)")).isTrue();
        assertThat(dialect.isAutocommitText("create table t (x)")).isTrue();
        assertThat(dialect.isAutocommitText("SELECT * FROM t")).isFalse();
    }

    @Test
    void pragmaAssignmentsAndMaintenanceWritesAreAutocommittedReadsAreNot() {
        assertThat(dialect.isAutocommitText("PRAGMA user_version = 7")).isTrue();
        assertThat(dialect.isAutocommitText("pragma main.journal_mode=WAL")).isTrue();
        assertThat(dialect.isAutocommitText("VACUUM")).isTrue();
        assertThat(dialect.isAutocommitText("ANALYZE")).isTrue();
        assertThat(dialect.isAutocommitText("REINDEX t_idx")).isTrue();
        assertThat(dialect.isAutocommitText("PRAGMA user_version")).isFalse();
        assertThat(dialect.isAutocommitText("PRAGMA table_info(t)")).isFalse();
        assertThat(dialect.isAutocommitText("SELECT 'PRAGMA x = 1'")).isFalse();
    }

    @Test
    void datesAndTimesAreStoredAsSqlAlchemyStoresThem() throws SQLException {
        try (Connection c = RawSQLite.open(dialect, "sqlite://")) {
            RawSQLite.exec(c, "CREATE TABLE t (d DATE, tm TIME, ts TIMESTAMP, sqlts TIMESTAMP, n INTEGER)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?)")) {
                dialect.setParameter(ps, 1, LocalDate.of(2024, 2, 29));
                dialect.setParameter(ps, 2, LocalTime.of(13, 45, 30, 123_456_789));
                dialect.setParameter(ps, 3, LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000));
                dialect.setParameter(ps, 4, java.sql.Timestamp.valueOf("2001-02-03 04:05:06.7"));
                dialect.setParameter(ps, 5, null);
                ps.executeUpdate();
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT d, tm, ts, sqlts, typeof(ts), n, date(ts) FROM t")) {
                rs.next();
                assertThat(rs.getObject(1)).isEqualTo("2024-02-29");
                assertThat(rs.getObject(2)).isEqualTo("13:45:30.123456");
                assertThat(rs.getObject(3)).isEqualTo("2024-02-29 13:45:30.123456");
                assertThat(rs.getObject(4)).isEqualTo("2001-02-03 04:05:06.700000");
                assertThat(rs.getObject(5)).isEqualTo("text");
                assertThat(rs.getObject(6)).isNull();
                assertThat(rs.getObject(7)).as("SQLite's own functions read the form").isEqualTo("2024-02-29");
            }
        }
    }
}
