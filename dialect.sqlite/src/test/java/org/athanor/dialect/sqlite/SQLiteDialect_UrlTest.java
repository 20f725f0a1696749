package org.athanor.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.athanor.engine.URL;
import org.athanor.exc.ArgumentException;
import org.athanor.pool.Pool;
import org.athanor.pool.PoolConfig;
import org.athanor.pool.QueuePool;
import org.athanor.pool.SingletonThreadPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SQLiteDialect_UrlTest {

    private final SQLiteDialect dialect = new SQLiteDialect();

    private String jdbcUrl(String url) {
        return dialect.jdbcUrl(URL.parse(url));
    }

    private Properties props(String url, Map<String, Object> connectArgs) {
        return dialect.connectProperties(URL.parse(url), connectArgs);
    }

    @Test
    void memoryForms() {
        assertThat(jdbcUrl("sqlite://")).isEqualTo("jdbc:sqlite::memory:");
        assertThat(jdbcUrl("sqlite:///:memory:")).isEqualTo("jdbc:sqlite::memory:");
        assertThat(jdbcUrl("sqlite:///")).isEqualTo("jdbc:sqlite::memory:");
        assertThat(jdbcUrl("sqlite+xerial://")).isEqualTo("jdbc:sqlite::memory:");
    }

    @Test
    void relativeFileIsMadeAbsoluteAgainstTheWorkingDirectory() {
        Path expected = Path.of("data", "app.db").toAbsolutePath();
        assertThat(jdbcUrl("sqlite:///data/app.db")).isEqualTo("jdbc:sqlite:" + expected);
        assertThat(jdbcUrl("sqlite:///./data/../app.db")).isEqualTo("jdbc:sqlite:" + Path.of("app.db").toAbsolutePath());
    }

    @Test
    void absoluteFile() {
        assertThat(jdbcUrl("sqlite:////var/lib/app/app.db")).isEqualTo("jdbc:sqlite:/var/lib/app/app.db");
    }

    @Test
    void percentEncodedFileName() {
        assertThat(jdbcUrl("sqlite:////tmp/my%20data.db")).isEqualTo("jdbc:sqlite:/tmp/my data.db");
    }

    @Test
    void sqliteUriKeepsItsOwnParametersAndPassesDriverOnes() {
        URL url = URL.parse("sqlite:///file:data.db?mode=ro&cache=shared&journal_mode=WAL&uri=true");
        assertThat(dialect.jdbcUrl(url)).isEqualTo("jdbc:sqlite:file:data.db?mode=ro&cache=shared");
        Properties p = dialect.connectProperties(url, Map.of());
        assertThat(p).containsOnlyKeys("journal_mode");
        assertThat(p.getProperty("journal_mode")).isEqualTo("WAL");
    }

    @Test
    void uriWithoutNameIsRefused() {
        assertThatThrownBy(() -> jdbcUrl("sqlite://?uri=true")).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("uri=true but no URI");
    }

    @Test
    void credentialsHostAndPortAreRefusedWithTheValidForms() {
        for (String bad : new String[] {"sqlite://scott:tiger@localhost/app.db", "sqlite://localhost/app.db",
                "sqlite://host:1234/x.db"}) {
            assertThatThrownBy(() -> jdbcUrl(bad)).isInstanceOf(ArgumentException.class)
                    .hasMessageContaining("Valid SQLite URL forms").hasMessageNotContaining("tiger");
        }
    }

    @Test
    void queryParametersBecomeDriverProperties() {
        Properties p = props("sqlite:///app.db?journal_mode=WAL&foreign_keys=true&busy_timeout=2500", Map.of());
        assertThat(p).hasSize(3);
        assertThat(p.getProperty("journal_mode")).isEqualTo("WAL");
        assertThat(p.getProperty("foreign_keys")).isEqualTo("true");
        assertThat(p.getProperty("busy_timeout")).isEqualTo("2500");
    }

    @Test
    void pysqliteTimeoutInSecondsBecomesBusyTimeoutInMilliseconds() {
        assertThat(props("sqlite:///a.db?timeout=2.5", Map.of()).getProperty("busy_timeout")).isEqualTo("2500");
        assertThat(props("sqlite:///a.db?timeout=2.5", Map.of())).doesNotContainKey("timeout");
        assertThatThrownBy(() -> props("sqlite:///a.db?timeout=soon", Map.of()))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("number of seconds");
    }

    @Test
    void unknownQueryParameterIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> props("sqlite:///app.db?foreign_key=on", Map.of()))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("'foreign_key'").hasMessageContaining("foreign_keys")
                .hasMessageContaining("uri=true");
    }

    @Test
    void connectArgumentsPassUncheckedAndWin() {
        Properties p = props("sqlite:///app.db?busy_timeout=100", Map.of("busy_timeout", 900, "custom", "x"));
        assertThat(p.getProperty("busy_timeout")).isEqualTo("900");
        assertThat(p.getProperty("custom")).isEqualTo("x");
    }

    @Test
    void poolIsSingletonThreadForMemoryAndQueueForFilesAsInSqlAlchemy() {
        for (String memory : new String[] {"sqlite://", "sqlite:///:memory:",
                "sqlite:///file:mem1?mode=memory&cache=shared&uri=true", "sqlite:///file::memory:?uri=true"}) {
            assertThat(pool(memory)).as(memory).isEqualTo(SingletonThreadPool.class);
        }
        for (String file : new String[] {"sqlite:///app.db", "sqlite:////tmp/app.db",
                "sqlite:///file:app.db?mode=ro&uri=true"}) {
            assertThat(pool(file)).as(file).isEqualTo(QueuePool.class);
        }
    }

    private Class<?> pool(String url) {
        Pool pool = dialect.defaultPoolFactory(URL.parse(url)).create(() -> {
            throw new SQLException("not used");
        }, PoolConfig.defaults());
        pool.dispose();
        return pool.getClass();
    }

    @Test
    void connectsToAnAbsoluteFileWithPragmasApplied(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("abs.db");
        URL url = URL.parse("sqlite:///" + file.toAbsolutePath()
                + "?journal_mode=WAL&foreign_keys=on&busy_timeout=1234");
        assertThat(url.database()).startsWith("/");
        try (Connection c = dialect.connectionCreator(url, Map.of()).create()) {
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(c, "busy_timeout")).isEqualTo("1234");
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (x INTEGER)");
            }
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void connectsToARelativeFileUnderTheWorkingDirectory() throws Exception {
        String name = "target/sqlite-url-test-" + ProcessHandle.current().pid() + ".db";
        Path file = Path.of(name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        try (Connection c = dialect.connectionCreator(URL.parse("sqlite:///" + name), Map.of()).create();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        } finally {
            assertThat(Files.deleteIfExists(file)).isTrue();
        }
    }

    @Test
    void memoryDatabasesArePrivateToTheirConnection() throws SQLException {
        URL url = URL.parse("sqlite://");
        try (Connection a = dialect.connectionCreator(url, Map.of()).create();
                Connection b = dialect.connectionCreator(url, Map.of()).create()) {
            a.createStatement().execute("CREATE TABLE only_in_a (x INTEGER)");
            assertThatThrownBy(() -> b.createStatement().execute("SELECT * FROM only_in_a"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("no such table");
        }
    }

    static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
