package org.athanor.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both MySQL drivers' dialects against the real server (MariaDB here), driven without the engine: each test
 * runs once with MySQL Connector/J and once with MariaDB Connector/J.
 */
class MySQLDialect_LiveTest {

    private MySQLDialect dialect;
    private Connection conn;
    private final List<String> tables = new ArrayList<>();

    static List<MySQLDialect> dialects() {
        return LiveMySQL.dialects().toList();
    }

    private void open(MySQLDialect d) throws SQLException {
        dialect = d;
        conn = LiveMySQL.connect(d);
        dialect.initialize(conn);
        conn.setAutoCommit(true);
    }

    @AfterEach
    void dropAndClose() throws SQLException {
        if (conn != null) {
            conn.setAutoCommit(true);
            exec("SET FOREIGN_KEY_CHECKS = 0");
            for (String t : tables) {
                exec("DROP TABLE IF EXISTS " + t);
            }
            conn.close();
        }
    }

    private String table(String columns) throws SQLException {
        String name = LiveMySQL.uniqueName("t");
        tables.add(name);
        exec("CREATE TABLE " + name + " (" + columns + ")" + new MySQLTableOptions("InnoDB", "utf8mb4", null).toDdl());
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
        assertThat(t).as(sql).isInstanceOf(SQLException.class);
        SQLException e = (SQLException) t;
        return dialect.wrapException(e, sql, List.of(), dialect.isDisconnect(e));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void initializeTellsMariaDBFromMySQLAndReadsSqlMode(MySQLDialect d) throws SQLException {
        open(d);
        String version;
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            version = rs.getString(1);
        }
        assertThat(dialect.isMariaDB()).isEqualTo(version.toLowerCase().contains("mariadb"));
        assertThat(dialect.serverVersion().part(0)).isGreaterThanOrEqualTo(5);
        assertThat(dialect.serverVersion().text()).isEqualTo(version);
        assertThat(dialect.sqlMode()).isNotNull();
        if (dialect.isMariaDB() && dialect.serverVersion().atLeast(10, 5)) {
            assertThat(dialect.capabilities().has(Feature.INSERT_RETURNING)).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void sqlModeIsReadPerEngine(MySQLDialect d) throws SQLException {
        open(d);
        exec("SET SESSION sql_mode = 'ANSI_QUOTES,NO_BACKSLASH_ESCAPES'");
        dialect.initialize(conn);
        assertThat(dialect.isAnsiQuotes()).isTrue();
        assertThat(dialect.isNoBackslashEscapes()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void isolationLevelsIncludingAutocommit(MySQLDialect d) throws SQLException {
        open(d);
        for (String level : List.of("SERIALIZABLE", "REPEATABLE READ", "READ COMMITTED", "READ UNCOMMITTED")) {
            dialect.setIsolationLevel(conn, level);
            assertThat(conn.getAutoCommit()).isFalse();
            assertThat(dialect.getIsolationLevel(conn)).isEqualTo(level);
            conn.rollback();
        }
        dialect.setIsolationLevel(conn, "AUTOCOMMIT");
        assertThat(conn.getAutoCommit()).isTrue();
        assertThat(dialect.getIsolationLevel(conn)).isEqualTo("AUTOCOMMIT");
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT @@autocommit")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void realErrorsAreClassified(MySQLDialect d) throws SQLException {
        open(d);
        String parent = table("id INT PRIMARY KEY, name VARCHAR(5) NOT NULL");
        String child = table("id INT PRIMARY KEY, parent_id INT, FOREIGN KEY (parent_id) REFERENCES " + parent
                + "(id)");
        exec("INSERT INTO " + parent + " VALUES (1, 'a')");
        assertThat(failure(conn, "INSERT INTO " + parent + " VALUES (1, 'b')"))
                .isInstanceOf(IntegrityException.class).satisfies(e -> assertThat(e.errorCode()).isEqualTo(1062));
        assertThat(failure(conn, "INSERT INTO " + parent + " VALUES (2, NULL)")).isInstanceOf(IntegrityException.class);
        assertThat(failure(conn, "INSERT INTO " + child + " VALUES (1, 42)")).isInstanceOf(IntegrityException.class);
        assertThat(failure(conn, "SELECT * FROM no_such_table_here"))
                .isInstanceOf(ProgrammingException.class).satisfies(e -> assertThat(e.errorCode()).isEqualTo(1146));
        assertThat(failure(conn, "SELEC 1")).isInstanceOf(ProgrammingException.class);
        assertThat(failure(conn, "SELECT no_such_column FROM " + parent)).isInstanceOf(ProgrammingException.class);
        exec("SET SESSION sql_mode = 'STRICT_ALL_TABLES'");
        assertThat(failure(conn, "INSERT INTO " + parent + " VALUES (3, 'too long')")).isInstanceOf(DataException.class);
        assertThat(failure(conn, "INSERT INTO " + parent + " VALUES ('x', 'a')")).isInstanceOf(DataException.class);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void lockWaitTimeoutAndDeadlockAreOperational(MySQLDialect d) throws Exception {
        open(d);
        String t = table("id INT PRIMARY KEY, v INT");
        exec("INSERT INTO " + t + " VALUES (1, 0), (2, 0)");
        try (Connection other = LiveMySQL.connect(d)) {
            other.setAutoCommit(false);
            conn.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("SET SESSION innodb_lock_wait_timeout = 1");
                s.execute("UPDATE " + t + " SET v = 1 WHERE id = 1");
            }
            exec("SET SESSION innodb_lock_wait_timeout = 1");
            DBAPIException waited = failure(conn, "UPDATE " + t + " SET v = 2 WHERE id = 1");
            assertThat(waited).isInstanceOf(OperationalException.class);
            assertThat(waited.errorCode()).isEqualTo(1205);
            assertThat(waited.connectionInvalidated()).isFalse();
            conn.rollback();

            // deadlock: this connection holds row 2 and wants row 1, which the other holds and wants row 2
            exec("SET SESSION innodb_lock_wait_timeout = 10");
            exec("UPDATE " + t + " SET v = 3 WHERE id = 2");
            CompletableFuture<Throwable> otherWaits = CompletableFuture.supplyAsync(() -> catchThrowable(() -> {
                try (Statement s = other.createStatement()) {
                    s.execute("SET SESSION innodb_lock_wait_timeout = 10");
                    s.execute("UPDATE " + t + " SET v = 4 WHERE id = 2");
                }
            }));
            waitUntilBlocked(t);
            Throwable mine = catchThrowable(() -> exec("UPDATE " + t + " SET v = 5 WHERE id = 1"));
            Throwable theirs = otherWaits.get();
            SQLException victim = (SQLException) (mine instanceof SQLException ? mine : theirs);
            assertThat((Throwable) victim).isNotNull();
            assertThat(victim.getErrorCode()).isEqualTo(1213);
            assertThat(dialect.wrapException(victim, "UPDATE", List.of(), false)).isInstanceOf(OperationalException.class);
            conn.rollback();
            other.rollback();
        }
    }

    /** Waits until another session waits for a row lock on the table (so the deadlock is certain). */
    private void waitUntilBlocked(String table) throws Exception {
        try (Connection watcher = LiveMySQL.connect(dialect); Statement s = watcher.createStatement()) {
            for (int i = 0; i < 200; i++) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE"
                        + " trx_state = 'LOCK WAIT' AND trx_query LIKE 'UPDATE " + table + " SET v = 4%'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(25);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void autoIncrementKeyIsReported(MySQLDialect d) throws SQLException {
        open(d);
        String t = table("id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20)");
        Compiled insert = SuiteStatement.insert("INSERT INTO " + t + " (name) VALUES (?)", "id").compile(dialect);
        for (int expected = 1; expected <= 2; expected++) {
            try (PreparedStatement ps = dialect.prepareStatement(conn, insert, ExecutionOptions.none())) {
                dialect.setParameter(ps, 1, "row" + expected);
                assertThat(ps.executeUpdate()).isEqualTo(1);
                List<Object> key = dialect.insertedPrimaryKey(ps, insert, Map.of());
                assertThat(key).hasSize(1);
                assertThat(((Number) key.get(0)).longValue()).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void batchesUseTheDriversAccelerationAndReturnEveryKey(MySQLDialect d) throws SQLException {
        open(d);
        String t = table("id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20)");
        conn.setAutoCommit(false);
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + t + " (name) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 1; i <= 500; i++) {
                dialect.setParameter(ps, 1, "n" + i);
                ps.addBatch();
            }
            assertThat(ps.executeBatch()).hasSize(500);
            List<Long> keys = new ArrayList<>();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                while (rs.next()) {
                    keys.add(rs.getLong(1));
                }
            }
            assertThat(keys).hasSize(500).startsWith(1L, 2L).endsWith(500L);
        }
        conn.commit();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(500);
        }
        conn.commit();
        assertThat(dialect.capabilities().has(Feature.BATCH_REWRITE)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void valuesRoundTrip(MySQLDialect d) throws SQLException {
        open(d);
        String t = table("flag TINYINT(1), day DATE, stamp DATETIME(6), tod TIME(6), amount DECIMAL(10,2),"
                + " id CHAR(36), txt VARCHAR(50), nothing INT");
        UUID id = UUID.randomUUID();
        LocalDateTime stamp = LocalDateTime.of(2024, 2, 29, 13, 45, 10, 123_456_000);
        Object[] values = {true, LocalDate.of(2024, 2, 29), stamp, LocalTime.of(23, 59, 58, 250_000_000),
            new BigDecimal("12.50"), id, "emoji 😀 ünïcode", null};
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + t + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < values.length; i++) {
                dialect.setParameter(ps, i + 1, values[i]);
            }
            ps.executeUpdate();
        }
        List<Object> row = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
            rs.next();
            for (int i = 1; i <= values.length; i++) {
                row.add(dialect.getValue(rs, i));
            }
        }
        assertThat(row).isEqualTo(Arrays.asList(true, LocalDate.of(2024, 2, 29), stamp, LocalTime.of(23, 59, 58, 250_000_000),
                new BigDecimal("12.50"), id.toString(), "emoji 😀 ünïcode", null));
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT @@character_set_client, @@character_set_connection")) {
            rs.next();
            assertThat(List.of(rs.getString(1), rs.getString(2))).containsOnly("utf8mb4");
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void streamResultsReadsEveryRow(MySQLDialect d) throws SQLException {
        open(d);
        Compiled select = SuiteStatement.of("SELECT seq FROM seq_1_to_3000", StatementKind.SELECT).compile(dialect);
        if (!dialect.isMariaDB()) {
            select = SuiteStatement.of("WITH RECURSIVE s(seq) AS (SELECT 1 UNION ALL SELECT seq + 1 FROM s"
                    + " WHERE seq < 3000) SELECT seq FROM s", StatementKind.SELECT).compile(dialect);
        }
        try (PreparedStatement ps = dialect.prepareStatement(conn, select,
                ExecutionOptions.of(ExecutionOptions.STREAM_RESULTS, true)); ResultSet rs = ps.executeQuery()) {
            assertThat(ps.getFetchSize()).isIn(Integer.MIN_VALUE, MariaDBConnectorDialect.STREAM_FETCH_SIZE);
            long sum = 0;
            while (rs.next()) {
                sum += ((Number) dialect.getValue(rs, 1)).longValue();
            }
            assertThat(sum).isEqualTo(3000L * 3001 / 2);
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void tableOptionsReachTheServer(MySQLDialect d) throws SQLException {
        open(d);
        String t = table("id INT");
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + t)) {
            rs.next();
            assertThat(rs.getString(2)).contains("ENGINE=InnoDB").contains("CHARSET=utf8mb4");
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void killedConnectionIsADisconnectAndPingSaysDead(MySQLDialect d) throws SQLException {
        open(d);
        long id;
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            id = rs.getLong(1);
        }
        assertThat(dialect.ping(conn)).isTrue();
        try (Connection killer = LiveMySQL.connect(d); Statement s = killer.createStatement()) {
            s.execute("KILL " + id);
        }
        DBAPIException e = failure(conn, "SELECT 1");
        assertThat(e.connectionInvalidated()).as("disconnect: %s", e.getMessage()).isTrue();
        assertThat(e).isInstanceOf(OperationalException.class);
        assertThat(dialect.ping(conn)).isFalse();
        conn.close();
        conn = LiveMySQL.connect(d); // for the clean-up
    }
}
