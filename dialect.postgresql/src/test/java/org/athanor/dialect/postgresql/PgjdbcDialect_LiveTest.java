package org.athanor.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.StatementKind;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.DataException;
import org.athanor.exc.IntegrityException;
import org.athanor.exc.OperationalException;
import org.athanor.exc.ProgrammingException;
import org.athanor.testing.suite.SuiteStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pgjdbc dialect against a real PostgreSQL server, driven without the engine. */
class PgjdbcDialect_LiveTest {

    private PgjdbcDialect dialect;
    private Connection conn;
    private final List<String> tables = new ArrayList<>();

    @BeforeEach
    void connect() throws SQLException {
        dialect = LivePostgres.dialect();
        conn = LivePostgres.connect(dialect);
        dialect.initialize(conn);
    }

    @AfterEach
    void dropAndClose() throws SQLException {
        if (conn != null) {
            conn.setAutoCommit(true);
            for (String t : tables) {
                exec("DROP TABLE IF EXISTS " + t + " CASCADE");
            }
            conn.close();
        }
    }

    private String table(String ddlColumns) throws SQLException {
        String name = LivePostgres.uniqueName("t");
        tables.add(name);
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(true);
        exec("CREATE TABLE " + name + " (" + ddlColumns + ")");
        conn.setAutoCommit(auto);
        return name;
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute(sql);
        }
    }

    private DBAPIException failure(Connection c, String sql) {
        Throwable t = catchThrowable(() -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        });
        assertThat(t).isInstanceOf(SQLException.class);
        SQLException e = (SQLException) t;
        return dialect.wrapException(e, sql, List.of(), dialect.isDisconnect(e));
    }

    @Test
    void initializeDetectsTheServerVersion() {
        assertThat(dialect.serverVersion().part(0)).isGreaterThanOrEqualTo(9);
        assertThat(dialect.serverVersion().text()).isNotBlank();
        assertThat(dialect.standardConformingStrings()).isTrue();
        assertThat(dialect.capabilities().has(Feature.INSERT_RETURNING)).isTrue();
    }

    @Test
    void isolationLevelsIncludingAutocommit() throws SQLException {
        for (String level : List.of("SERIALIZABLE", "REPEATABLE READ", "READ COMMITTED", "READ UNCOMMITTED")) {
            dialect.setIsolationLevel(conn, level);
            assertThat(conn.getAutoCommit()).isFalse();
            assertThat(dialect.getIsolationLevel(conn)).isEqualTo(level);
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SHOW transaction_isolation")) {
                rs.next();
                assertThat(rs.getString(1).toUpperCase()).isEqualTo(level);
            }
            conn.rollback();
        }
        dialect.setIsolationLevel(conn, "autocommit");
        assertThat(conn.getAutoCommit()).isTrue();
        assertThat(dialect.getIsolationLevel(conn)).isEqualTo("AUTOCOMMIT");
        dialect.setIsolationLevel(conn, "read_committed");
        assertThat(dialect.getIsolationLevel(conn)).isEqualTo("READ COMMITTED");
    }

    @Test
    void realErrorsAreClassified() throws SQLException {
        String t = table("id int primary key, name text not null");
        conn.setAutoCommit(true);
        exec("INSERT INTO " + t + " (id, name) VALUES (1, 'a')");
        assertThat(failure(conn, "INSERT INTO " + t + " (id, name) VALUES (1, 'b')"))
                .isInstanceOf(IntegrityException.class).satisfies(e -> assertThat(e.sqlState()).isEqualTo("23505"));
        assertThat(failure(conn, "INSERT INTO " + t + " (id) VALUES (2)")).isInstanceOf(IntegrityException.class);
        assertThat(failure(conn, "SELECT * FROM no_such_table_here")).isInstanceOf(ProgrammingException.class);
        assertThat(failure(conn, "SELEC 1")).isInstanceOf(ProgrammingException.class);
        assertThat(failure(conn, "SELECT 1/0")).isInstanceOf(DataException.class);
        assertThat(failure(conn, "SELECT 'x'::int")).isInstanceOf(DataException.class);
        DBAPIException timeout = failure(conn, "SET statement_timeout = 50; SELECT pg_sleep(5)");
        assertThat(timeout).isInstanceOf(OperationalException.class);
        assertThat(timeout.connectionInvalidated()).isFalse();
        exec("SET statement_timeout = 0");
    }

    @Test
    void foreignKeyAndLockTimeoutErrors() throws SQLException {
        String parent = table("id int primary key");
        String child = table("id int primary key, parent_id int references " + parent + "(id)");
        conn.setAutoCommit(true);
        assertThat(failure(conn, "INSERT INTO " + child + " VALUES (1, 42)")).isInstanceOf(IntegrityException.class);

        exec("INSERT INTO " + parent + " VALUES (1)");
        try (Connection other = LivePostgres.connect(dialect)) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("SELECT * FROM " + parent + " WHERE id = 1 FOR UPDATE");
            }
            DBAPIException locked = failure(conn, "SET lock_timeout = 50; UPDATE " + parent + " SET id = 2 WHERE id = 1");
            assertThat(locked).isInstanceOf(OperationalException.class);
            assertThat(locked.sqlState()).isEqualTo("55P03");
            other.rollback();
        }
    }

    @Test
    void insertReportsTheGeneratedPrimaryKey() throws SQLException {
        String t = table("id serial primary key, name text");
        conn.setAutoCommit(true);
        Compiled insert = SuiteStatement.insert("INSERT INTO " + t + " (name) VALUES (?)", "id").compile(dialect);
        for (int expected = 1; expected <= 2; expected++) {
            try (PreparedStatement ps = dialect.prepareStatement(conn, insert, ExecutionOptions.none())) {
                dialect.setParameter(ps, 1, "row" + expected);
                assertThat(ps.executeUpdate()).isEqualTo(1);
                assertThat(dialect.insertedPrimaryKey(ps, insert, Map.of())).containsExactly(expected);
            }
        }
        String identity = table("id int generated always as identity primary key, name text");
        Compiled insert2 = SuiteStatement.insert("INSERT INTO " + identity + " (name) VALUES ('x')", "id").compile(dialect);
        try (PreparedStatement ps = dialect.prepareStatement(conn, insert2, ExecutionOptions.none())) {
            ps.executeUpdate();
            assertThat(dialect.insertedPrimaryKey(ps, insert2, Map.of())).containsExactly(1);
        }
    }

    @Test
    void batchedInsertsAreRewrittenAndAllArrive() throws SQLException {
        String t = table("id int primary key, name text");
        conn.setAutoCommit(false);
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + t + " (id, name) VALUES (?, ?)")) {
            for (int i = 1; i <= 500; i++) {
                dialect.setParameter(ps, 1, i);
                dialect.setParameter(ps, 2, "n" + i);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            // rewritten into multi-row statements, pgjdbc reports SUCCESS_NO_INFO per original row
            assertThat(counts).hasSize(500);
        }
        conn.commit();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), sum(id) FROM " + t)) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(500);
            assertThat(rs.getLong(2)).isEqualTo(500L * 501 / 2);
        }
        conn.commit();
    }

    @Test
    void streamResultsSetsAFetchSizeAndStillReadsEveryRow() throws SQLException {
        conn.setAutoCommit(false);
        Compiled select = SuiteStatement.of("SELECT g FROM generate_series(1, 5000) g", StatementKind.SELECT).compile(dialect);
        ExecutionOptions stream = ExecutionOptions.of(ExecutionOptions.STREAM_RESULTS, true);
        try (PreparedStatement ps = dialect.prepareStatement(conn, select, stream); ResultSet rs = ps.executeQuery()) {
            assertThat(ps.getFetchSize()).isEqualTo(PgjdbcDialect.STREAM_FETCH_SIZE);
            long sum = 0;
            while (rs.next()) {
                sum += ((Number) dialect.getValue(rs, 1)).longValue();
            }
            assertThat(sum).isEqualTo(5000L * 5001 / 2);
        }
        try (PreparedStatement ps = dialect.prepareStatement(conn, select,
                stream.with(ExecutionOptions.FETCH_SIZE, 10))) {
            assertThat(ps.getFetchSize()).isEqualTo(10);
        }
        conn.rollback();
    }

    @Test
    void searchPathOptionReachesTheSession() throws SQLException {
        String schema = LivePostgres.uniqueName("s");
        conn.setAutoCommit(true);
        exec("CREATE SCHEMA " + schema);
        try {
            PgjdbcDialect withPath = new PgjdbcDialect();
            withPath.configure(Map.of("search_path", schema + ",public"));
            try (Connection c = LivePostgres.connect(withPath); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(schema);
            }
        } finally {
            exec("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void pingIsTrueOnALiveConnectionAndFalseOnAClosedOne() throws SQLException {
        assertThat(dialect.ping(conn)).isTrue();
        Connection c = LivePostgres.connect(dialect);
        c.close();
        assertThat(dialect.ping(c)).isFalse();
    }
}
