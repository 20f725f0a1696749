package org.athanor.dialect.oracle;

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

/** The ojdbc dialect without a server: URLs, properties, versions, capabilities, options and names. */
class OjdbcDialectTest {

    private final OjdbcDialect dialect = new OjdbcDialect();

    private String jdbc(String url) {
        return dialect.jdbcUrl(URL.parse(url));
    }

    @Test
    void namesAndServiceLoaderRegistration() {
        assertThat(dialect.qualifiedName()).isEqualTo("oracle+ojdbc");
        assertThat(dialect.isDefaultDriver()).isTrue();
        assertThat(ServiceLoader.load(Dialect.class).stream().map(p -> p.get().qualifiedName()))
                .contains("oracle+ojdbc");
    }

    @Test
    void sidServiceNameAndTnsUrls() throws SQLException {
        assertThat(jdbc("oracle://scott:tiger@db.example.com:1521/orcl"))
                .isEqualTo("jdbc:oracle:thin:@db.example.com:1521:orcl");
        assertThat(jdbc("oracle://scott:tiger@db.example.com/orcl")).isEqualTo("jdbc:oracle:thin:@db.example.com:1521:orcl");
        assertThat(jdbc("oracle://scott:tiger@db:1522/?service_name=sales.example.com"))
                .isEqualTo("jdbc:oracle:thin:@//db:1522/sales.example.com");
        assertThat(jdbc("oracle+ojdbc://scott:tiger@db?service_name=svc")).isEqualTo("jdbc:oracle:thin:@//db:1521/svc");
        assertThat(jdbc("oracle://scott:tiger@db:1521")).isEqualTo("jdbc:oracle:thin:@//db:1521");
        assertThat(jdbc("oracle://scott:tiger@tnsname")).isEqualTo("jdbc:oracle:thin:@tnsname");
        assertThat(jdbc("oracle://scott:tiger@[::1]:1521/?service_name=svc")).isEqualTo("jdbc:oracle:thin:@//[::1]:1521/svc");
        assertThat(jdbc("oracle://scott:tiger@[::1]:1521/orcl")).isEqualTo("jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS="
                + "(PROTOCOL=TCP)(HOST=::1)(PORT=1521))(CONNECT_DATA=(SID=orcl)))");
        for (String url : List.of("oracle://s:t@h:1521/orcl", "oracle://s:t@h/?service_name=x", "oracle://s:t@tns",
                "oracle://s:t@h:1521", "oracle://s:t@[::1]:1521/orcl")) {
            assertThat(dialect.jdbcDriver().acceptsURL(jdbc(url))).as(url).isTrue();
        }
    }

    @Test
    void malformedOracleUrlsSayWhatToWrite() {
        assertThatThrownBy(() -> jdbc("oracle://scott:tiger@h:1521/orcl?service_name=svc"))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("one of them").hasMessageNotContaining("tiger");
        assertThatThrownBy(() -> jdbc("oracle://scott:tiger@/orcl"))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("service_name=svc");
    }

    @Test
    void propertiesForTheThinDriver() {
        Properties p = dialect.connectProperties(URL.parse("oracle://sys:pw@h:1521/?service_name=svc&mode=SYSDBA"
                + "&oracle.net.CONNECT_TIMEOUT=3000"), Map.of("defaultRowPrefetch", 500));
        assertThat(p).containsEntry("user", "sys").containsEntry("password", "pw")
                .containsEntry("internal_logon", "sysdba").containsEntry("oracle.net.CONNECT_TIMEOUT", "3000")
                .containsEntry("defaultRowPrefetch", "500").doesNotContainKeys("service_name", "mode");
        assertThat(dialect.connectProperties(URL.parse("oracle://u:p@tnsalias?tns_admin=/etc/oracle"), Map.of()))
                .containsEntry("oracle.net.tns_admin", "/etc/oracle").containsEntry("defaultRowPrefetch", "100")
                .doesNotContainKey("tns_admin");
        assertThat(OjdbcDialect.isTnsAlias(URL.parse("oracle://u:p@tnsalias"))).isTrue();
        assertThat(OjdbcDialect.isTnsAlias(URL.parse("oracle://u:p@h:1521/sid"))).isFalse();
    }

    @Test
    void versionsFromProductVersionTexts() {
        assertThat(OracleDialect.parseVersion("Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production\n"
                + "Version 19.3.0.0.0").parts()).containsExactly(19, 3, 0, 0);
        assertThat(OracleDialect.parseVersion("Oracle Database 11g Express Edition Release 11.2.0.2.0 - 64bit "
                + "Production").parts()).containsExactly(11, 2, 0, 2);
        assertThat(OracleDialect.parseVersion("Oracle Database 23ai Free Release 23.0.0.0.0 - Develop, Learn, and Run"
                + " for Free\nVersion 23.5.0.24.07").parts()).containsExactly(23, 5, 0, 24);
        assertThat(OracleDialect.parseVersion("12.1.0.2").parts()).containsExactly(12, 1, 0, 2);
    }

    @Test
    void capabilitiesAndLimitsByVersion() {
        dialect.useServerVersion(ServerVersion.of(11, 2));
        assertThat(dialect.capabilities().has(Feature.IDENTITY_COLUMNS)).isFalse();
        assertThat(dialect.capabilities().maxIdentifierLength()).isEqualTo(30);
        assertThat(dialect.supportsFetchFirst()).isFalse();
        dialect.useServerVersion(ServerVersion.of(12, 1));
        assertThat(dialect.capabilities().has(Feature.IDENTITY_COLUMNS)).isTrue();
        assertThat(dialect.capabilities().maxIdentifierLength()).isEqualTo(30);
        assertThat(dialect.supportsFetchFirst()).isTrue();
        dialect.useServerVersion(ServerVersion.of(19, 3));
        assertThat(dialect.capabilities().maxIdentifierLength()).isEqualTo(128);
        assertThat(dialect.capabilities().features()).contains(Feature.SEQUENCES, Feature.INSERT_RETURNING)
                .doesNotContain(Feature.JSON, Feature.NATIVE_BOOLEAN, Feature.MULTI_ROW_INSERT,
                        Feature.TRANSACTIONAL_DDL);
        dialect.useServerVersion(ServerVersion.of(23, 5));
        assertThat(dialect.capabilities().features()).contains(Feature.JSON, Feature.NATIVE_BOOLEAN,
                Feature.MULTI_ROW_INSERT);
    }

    @Test
    void dialectOptions() {
        assertThat(dialect.useAnsi()).isTrue();
        dialect.configure(Map.of("use_ansi", "false", "max_identifier_length", 30));
        assertThat(dialect.useAnsi()).isFalse();
        dialect.useServerVersion(ServerVersion.of(19));
        assertThat(dialect.capabilities().maxIdentifierLength()).isEqualTo(30);
        assertThatThrownBy(() -> new OjdbcDialect().configure(Map.of("search_path", "x")))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("use_ansi");
    }

    @Test
    void lowerCaseNamesAreCaseInsensitive() {
        assertThat(dialect.denormalizeName("order_id")).isEqualTo("ORDER_ID");
        assertThat(dialect.denormalizeName("MixedCase")).isEqualTo("MixedCase");
        assertThat(dialect.denormalizeName("has space")).isEqualTo("has space");
        assertThat(dialect.normalizeName("ORDER_ID")).isEqualTo("order_id");
        assertThat(dialect.normalizeName("MixedCase")).isEqualTo("MixedCase");
        assertThat(dialect.normalizeName("lower")).isEqualTo("lower");
        assertThat(dialect.normalizeName(null)).isNull();
        assertThat(dialect.generatedKeyColumns(List.of("id", "Other"))).containsExactly("ID", "Other");
    }

    @Test
    void isolationLevelsAreOracles() {
        assertThat(dialect.isolationLevels()).containsExactlyInAnyOrder("AUTOCOMMIT", "READ COMMITTED", "SERIALIZABLE");
        assertThatThrownBy(() -> dialect.setIsolationLevel(null, "READ UNCOMMITTED"))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("SERIALIZABLE");
    }

    @Test
    void autocommitTextIncludesMerge() {
        assertThat(dialect.isAutocommitText("MERGE INTO t USING s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET"
                + " t.v = s.v")).isTrue();
        assertThat(dialect.isAutocommitText("SELECT 1 FROM DUAL")).isFalse();
    }
}
