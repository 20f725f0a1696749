package org.athanor.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.dialect.ServerVersion;
import org.junit.jupiter.api.Test;

class SQLiteDialect_VersionTest {

    @Test
    void versionIsSqliteVersionOfTheFirstConnection() throws SQLException {
        SQLiteDialect dialect = new SQLiteDialect();
        assertThat(dialect.serverVersion()).isNull();
        try (Connection c = RawSQLite.open(dialect, "sqlite://")) {
            dialect.initialize(c);
            String reported;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
                rs.next();
                reported = rs.getString(1);
            }
            assertThat(dialect.serverVersion().text()).isEqualTo(reported);
            assertThat(dialect.serverVersion().part(0)).isEqualTo(3);
            assertThat(dialect.serverVersion().atLeast(3, 35)).as("the bundled library").isTrue();
            assertThat(dialect.capabilities().has(Feature.INSERT_RETURNING)).isTrue();
        }
    }

    @Test
    void beforeTheFirstConnectionTheDriversVersionStandsIn() {
        SQLiteDialect dialect = new SQLiteDialect();
        assertThat(dialect.capabilities().has(Feature.SAVEPOINTS)).isTrue();
        assertThat(dialect.capabilities().has(Feature.INSERT_RETURNING)).isTrue();
    }

    @Test
    void returningFrom335() {
        assertThat(caps(3, 34, 1).has(Feature.INSERT_RETURNING)).isFalse();
        assertThat(caps(3, 35, 0).has(Feature.INSERT_RETURNING)).isTrue();
        assertThat(caps(3, 35, 0).has(Feature.UPDATE_RETURNING)).isTrue();
        assertThat(caps(3, 35, 0).has(Feature.DELETE_RETURNING)).isTrue();
    }

    @Test
    void onConflictFrom324() {
        assertThat(caps(3, 23, 1).has(Feature.INSERT_ON_CONFLICT)).isFalse();
        assertThat(caps(3, 24, 0).has(Feature.INSERT_ON_CONFLICT)).isTrue();
        assertThat(caps(3, 50, 0).has(Feature.INSERT_ON_DUPLICATE_KEY_UPDATE)).isFalse();
        assertThat(caps(3, 50, 0).has(Feature.ARRAYS)).isFalse();
    }

    @Test
    void fullOuterJoinFrom339() {
        assertThat(caps(3, 38, 5).has(Feature.FULL_OUTER_JOIN)).isFalse();
        assertThat(caps(3, 39, 0).has(Feature.FULL_OUTER_JOIN)).isTrue();
    }

    @Test
    void nullsOrderingFrom330AndJsonFrom338() {
        assertThat(caps(3, 29, 0).has(Feature.NULLS_ORDERING)).isFalse();
        assertThat(caps(3, 30, 0).has(Feature.NULLS_ORDERING)).isTrue();
        assertThat(caps(3, 37, 2).has(Feature.JSON)).isFalse();
        assertThat(caps(3, 38, 0).has(Feature.JSON)).isTrue();
    }

    @Test
    void alwaysSavepointsAndTransactionalDdlNeverSequencesOrNativeBoolean() {
        Capabilities old = caps(3, 8, 0);
        assertThat(old.has(Feature.SAVEPOINTS)).isTrue();
        assertThat(old.has(Feature.TRANSACTIONAL_DDL)).isTrue();
        assertThat(caps(3, 50, 0).has(Feature.SEQUENCES)).isFalse();
        assertThat(caps(3, 50, 0).has(Feature.NATIVE_BOOLEAN)).isFalse();
    }

    private static Capabilities caps(int... version) {
        return SQLiteDialect.capabilitiesFor(ServerVersion.of(version));
    }
}
