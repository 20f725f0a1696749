package org.athanor.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.athanor.engine.ExecutionOptions;
import org.junit.jupiter.api.Test;

class SQLiteDialect_InsertedKeyTest {

    private final SQLiteDialect dialect = new SQLiteDialect();

    private List<Object> insert(Connection c, InsertStatement insert, Map<String, ?> values) throws SQLException {
        try (PreparedStatement ps = dialect.prepareStatement(c, insert, ExecutionOptions.none())) {
            List<Object> bound = insert.bind(values);
            for (int i = 0; i < bound.size(); i++) {
                dialect.setParameter(ps, i + 1, bound.get(i));
            }
            assertThat(ps.executeUpdate()).isEqualTo(1);
            return dialect.insertedPrimaryKey(ps, insert, values);
        }
    }

    private static final InsertStatement BY_NAME = new InsertStatement("INSERT INTO item (name) VALUES (?)",
            List.of("name"), List.of("id"));

    @Test
    void generatedIntegerPrimaryKeyIsReported() throws SQLException {
        try (Connection c = RawSQLite.open(dialect, "sqlite://")) {
            RawSQLite.exec(c, "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)",
                    "INSERT INTO item (id, name) VALUES (41, 'seed')");
            assertThat(insert(c, BY_NAME, Map.of("name", "a"))).containsExactly(42L);
            assertThat(insert(c, BY_NAME, Map.of("name", "b"))).containsExactly(43L);
        }
    }

    @Test
    void givenPrimaryKeyIsReportedAsGiven() throws SQLException {
        try (Connection c = RawSQLite.open(dialect, "sqlite://")) {
            RawSQLite.exec(c, "CREATE TABLE pair (a INTEGER, b TEXT, PRIMARY KEY (a, b))");
            InsertStatement insert = new InsertStatement("INSERT INTO pair (a, b) VALUES (?, ?)", List.of("a", "b"),
                    List.of("a", "b"));
            assertThat(insert(c, insert, Map.of("a", 7, "b", "x"))).containsExactly(7, "x");
        }
    }

    @Test
    void lastInsertRowidWhenGeneratedKeysAreSwitchedOff() throws SQLException {
        try (Connection c = RawSQLite.open(dialect, "sqlite://?jdbc.get_generated_keys=false")) {
            RawSQLite.exec(c, "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)",
                    "INSERT INTO item (id, name) VALUES (99, 'seed')");
            assertThat(insert(c, BY_NAME, Map.of("name", "a"))).containsExactly(100L);
        }
    }
}
