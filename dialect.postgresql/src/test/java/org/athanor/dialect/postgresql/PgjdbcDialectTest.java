package org.athanor.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.dialect.Dialect;
import org.athanor.dialect.ServerVersion;
import org.athanor.engine.URL;
import org.athanor.exc.ArgumentException;
import org.junit.jupiter.api.Test;

class PgjdbcDialectTest {

    private final PgjdbcDialect dialect = new PgjdbcDialect();

    private String jdbc(String url) {
        return dialect.jdbcUrl(URL.parse(url));
    }

    @Test
    void namesAndServiceLoaderRegistration() {
        assertThat(dialect.qualifiedName()).isEqualTo("postgresql+pgjdbc");
        assertThat(dialect.isDefaultDriver()).isTrue();
        assertThat(ServiceLoader.load(Dialect.class).stream().map(p -> p.get().qualifiedName()))
                .contains("postgresql+pgjdbc");
    }

    @Test
    void jdbcUrlForms() throws SQLException {
        assertThat(jdbc("postgresql://scott:tiger@db.example.com:5433/shop"))
                .isEqualTo("jdbc:postgresql://db.example.com:5433/shop");
        assertThat(jdbc("postgresql+pgjdbc://scott@db/shop")).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(jdbc("postgresql:///shop")).isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(jdbc("postgresql://u@[::1]:6000/x")).isEqualTo("jdbc:postgresql://[::1]:6000/x");
        assertThat(jdbc("postgresql://u@h/my%20db")).isEqualTo("jdbc:postgresql://h:5432/my%20db");
        assertThat(jdbc("postgresql://u@/db?host=a:5432&host=b&host=c:6543"))
                .isEqualTo("jdbc:postgresql://a:5432,b:5432,c:6543/db");
        assertThat(dialect.jdbcDriver().acceptsURL(jdbc("postgresql://u@h:1/db"))).isTrue();
    }

    @Test
    void hostInUrlAndQueryIsRefused() {
        assertThatThrownBy(() -> jdbc("postgresql://u:secret@h/db?host=b"))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("host=").hasMessageNotContaining("secret");
    }

    @Test
    void queryAndConnectArgumentsReachTheDriverWithDefaults() {
        Properties p = dialect.connectProperties(URL.parse("postgresql://scott:tiger@h/db?sslmode=disable&host=x"),
                Map.of("connectTimeout", 7, "sslmode", "require"));
        assertThat(p).containsEntry("user", "scott").containsEntry("password", "tiger")
                .containsEntry("sslmode", "require").containsEntry("connectTimeout", "7")
                .containsEntry("reWriteBatchedInserts", "true").containsEntry("ApplicationName", "athanor")
                .doesNotContainKey("host");
        assertThat(dialect.capabilities().has(Feature.BATCH_REWRITE)).isTrue();
    }

    @Test
    void batchRewriteCanBeSwitchedOff() {
        Properties p = dialect.connectProperties(URL.parse("postgresql://h/db?reWriteBatchedInserts=false"), Map.of());
        assertThat(p).containsEntry("reWriteBatchedInserts", "false");
        assertThat(dialect.capabilities().has(Feature.BATCH_REWRITE)).isFalse();
    }

    @Test
    void searchPathFromOptionOrArgumentBecomesCurrentSchema() {
        dialect.configure(Map.of("search_path", List.of("app", "public")));
        assertThat(dialect.connectProperties(URL.parse("postgresql://h/db"), Map.of()))
                .containsEntry("currentSchema", "app,public");

        PgjdbcDialect other = new PgjdbcDialect();
        assertThat(other.connectProperties(URL.parse("postgresql://h/db?search_path=s1,s2"), Map.of()))
                .containsEntry("currentSchema", "s1,s2").doesNotContainKey("search_path");
    }

    @Test
    void unknownDialectOptionListsTheKnownOnes() {
        assertThatThrownBy(() -> dialect.configure(Map.of("use_ansi", false)))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("search_path");
        PgjdbcDialect other = new PgjdbcDialect();
        other.configure(Map.of("search_path", "a,,b"));
        assertThatThrownBy(other::searchPath).isInstanceOf(ArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void versionFromServerVersionNum() {
        assertThat(PostgreSQLDialect.versionFromNumber(150020, "15.20 (Debian)").parts()).containsExactly(15, 20);
        assertThat(PostgreSQLDialect.versionFromNumber(90624, "9.6.24").parts()).containsExactly(9, 6, 24);
    }

    @Test
    void capabilitiesFollowTheServerVersion() {
        dialect.useServerVersion(ServerVersion.of(9, 3));
        assertThat(dialect.capabilities().has(Feature.IDENTITY_COLUMNS)).isFalse();
        assertThat(dialect.supportsOnConflict()).isFalse();
        assertThat(dialect.capabilities().has(Feature.INSERT_ON_CONFLICT)).isFalse();
        assertThat(dialect.supportsJsonb()).isFalse();
        assertThat(dialect.capabilities().has(Feature.JSON)).isTrue();
        dialect.useServerVersion(ServerVersion.of(15, 4));
        assertThat(dialect.capabilities().has(Feature.IDENTITY_COLUMNS)).isTrue();
        assertThat(dialect.supportsOnConflict()).isTrue();
        assertThat(dialect.capabilities().maxIdentifierLength()).isEqualTo(63);
        assertThat(dialect.capabilities().features()).contains(Feature.INSERT_RETURNING, Feature.TRANSACTIONAL_DDL,
                Feature.NATIVE_UUID, Feature.SERVER_SIDE_CURSORS, Feature.INSERT_ON_CONFLICT, Feature.ARRAYS);
        assertThat(dialect.capabilities().has(Feature.INSERT_ON_DUPLICATE_KEY_UPDATE)).isFalse();
    }

    @Test
    void isolationLevelsAreSqlAlchemys() {
        assertThat(dialect.isolationLevels()).containsExactlyInAnyOrder("AUTOCOMMIT", "READ UNCOMMITTED",
                "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE");
    }

    @Test
    void autocommitTextIncludesPostgresqlStatements() {
        assertThat(dialect.isAutocommitText("REFRESH MATERIALIZED VIEW mv")).isTrue();
        assertThat(dialect.isAutocommitText("  -- c\n import foreign schema s from server x into y")).isTrue();
        assertThat(dialect.isAutocommitText("insert into t values (1)")).isTrue();
        assertThat(dialect.isAutocommitText("select * from copy_of_t")).isFalse();
        assertThat(dialect.isAutocommitText("copyright_check()")).isFalse();
    }
}
