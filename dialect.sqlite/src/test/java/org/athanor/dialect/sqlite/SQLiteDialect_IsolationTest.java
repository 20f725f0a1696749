package org.athanor.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.athanor.exc.ArgumentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SQLiteDialect_IsolationTest {

    private final SQLiteDialect dialect = new SQLiteDialect();
    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = RawSQLite.open(dialect, "sqlite://");
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void levelsAreSerializableReadUncommittedAndAutocommit() {
        assertThat(dialect.isolationLevels()).containsExactlyInAnyOrder("SERIALIZABLE", "READ UNCOMMITTED",
                "AUTOCOMMIT");
    }

    @Test
    void aNewConnectionIsInAutocommitModeAsTheDriverOpensIt() throws SQLException {
        assertThat(dialect.getIsolationLevel(c)).isEqualTo("AUTOCOMMIT");
    }

    @Test
    void readUncommittedSetsThePragma() throws SQLException {
        dialect.setIsolationLevel(c, "READ UNCOMMITTED");
        assertThat(c.getAutoCommit()).isFalse();
        assertThat(SQLiteDialect_UrlTest.pragma(c, "read_uncommitted")).isEqualTo("1");
        assertThat(dialect.getIsolationLevel(c)).isEqualTo("READ UNCOMMITTED");
        assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_UNCOMMITTED);
    }

    @Test
    void serializableClearsThePragma() throws SQLException {
        dialect.setIsolationLevel(c, "read_uncommitted");
        dialect.setIsolationLevel(c, "serializable");
        assertThat(SQLiteDialect_UrlTest.pragma(c, "read_uncommitted")).isEqualTo("0");
        assertThat(dialect.getIsolationLevel(c)).isEqualTo("SERIALIZABLE");
        assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
    }

    @Test
    void autocommitSwitchesTheDriverToAutocommitAndBack() throws SQLException {
        dialect.setIsolationLevel(c, "SERIALIZABLE");
        assertThat(c.getAutoCommit()).isFalse();
        dialect.setIsolationLevel(c, "AUTOCOMMIT");
        assertThat(c.getAutoCommit()).isTrue();
        assertThat(dialect.getIsolationLevel(c)).isEqualTo("AUTOCOMMIT");
        dialect.setIsolationLevel(c, "SERIALIZABLE");
        assertThat(c.getAutoCommit()).isFalse();
    }

    @Test
    void levelsSqliteDoesNotHaveAreRefusedListingTheValidOnes() {
        for (String level : new String[] {"READ COMMITTED", "REPEATABLE READ", "SNAPSHOT"}) {
            assertThatThrownBy(() -> dialect.setIsolationLevel(c, level)).isInstanceOf(ArgumentException.class)
                    .hasMessageContaining(level).hasMessageContaining("AUTOCOMMIT, READ UNCOMMITTED, SERIALIZABLE");
        }
    }
}
