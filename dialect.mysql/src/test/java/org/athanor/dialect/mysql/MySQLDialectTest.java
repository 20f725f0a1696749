package org.athanor.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.dialect.Dialect;
import org.athanor.engine.URL;
import org.athanor.exc.ArgumentException;
import org.junit.jupiter.api.Test;

class MySQLDialectTest {

    private final ConnectorJDialect connectorJ = new ConnectorJDialect();
    private final MariaDBConnectorDialect mariadb = new MariaDBConnectorDialect();

    @Test
    void twoDriversOneNameConnectorJIsTheDefault() {
        assertThat(connectorJ.qualifiedName()).isEqualTo("mysql+connectorj");
        assertThat(connectorJ.isDefaultDriver()).isTrue();
        assertThat(mariadb.qualifiedName()).isEqualTo("mysql+mariadb");
        assertThat(mariadb.isDefaultDriver()).isFalse();
        List<String> found = ServiceLoader.load(Dialect.class).stream().map(p -> p.get().qualifiedName()).toList();
        assertThat(found).contains("mysql+connectorj", "mysql+mariadb");
    }

    @Test
    void jdbcUrls() throws SQLException {
        URL url = URL.parse("mysql://scott:tiger@db.example.com:3307/shop?useSSL=false");
        assertThat(connectorJ.jdbcUrl(url)).isEqualTo("jdbc:mysql://db.example.com:3307/shop");
        assertThat(mariadb.jdbcUrl(url)).isEqualTo("jdbc:mariadb://db.example.com:3307/shop");
        assertThat(connectorJ.jdbcUrl(URL.parse("mysql://root@/test"))).isEqualTo("jdbc:mysql://localhost:3306/test");
        assertThat(mariadb.jdbcUrl(URL.parse("mysql+mariadb://root@[::1]/a%20b")))
                .isEqualTo("jdbc:mariadb://[::1]:3306/a%20b");
        assertThat(connectorJ.jdbcDriver().acceptsURL(connectorJ.jdbcUrl(url))).isTrue();
        assertThat(mariadb.jdbcDriver().acceptsURL(mariadb.jdbcUrl(url))).isTrue();
    }

    @Test
    void connectorJPropertiesAndDefaults() {
        Properties p = connectorJ.connectProperties(URL.parse("mysql://u:pw@h/db?charset=utf8mb4&useSSL=false"),
                Map.of("connectTimeout", 1000));
        assertThat(p).containsEntry("user", "u").containsEntry("password", "pw").containsEntry("useSSL", "false")
                .containsEntry("connectTimeout", "1000").containsEntry("characterEncoding", "UTF-8")
                .containsEntry("rewriteBatchedStatements", "true").doesNotContainKey("charset");
        assertThat(connectorJ.capabilities().has(Feature.BATCH_REWRITE)).isTrue();

        Properties latin = connectorJ.connectProperties(URL.parse("mysql://h/db?charset=latin1"
                + "&rewriteBatchedStatements=false"), Map.of());
        assertThat(latin).containsEntry("characterEncoding", "latin1").containsEntry("rewriteBatchedStatements",
                "false");
        assertThat(connectorJ.capabilities().has(Feature.BATCH_REWRITE)).isFalse();
    }

    @Test
    void mariadbPropertiesAndCharset() {
        Properties p = mariadb.connectProperties(URL.parse("mysql+mariadb://u@h/db?charset=utf8"), Map.of());
        assertThat(p).containsEntry("useBulkStmtsForInserts", "true").doesNotContainKey("charset")
                .doesNotContainKey("rewriteBatchedStatements");
        assertThatThrownBy(() -> mariadb.connectProperties(URL.parse("mysql+mariadb://u:secret@h/db?charset=latin1"),
                Map.of())).isInstanceOf(ArgumentException.class).hasMessageContaining("mysql+connectorj");
    }

    @Test
    void versionTextsOfBothServers() {
        assertThat(MySQLDialect.parseVersion("5.5.5-10.11.19-MariaDB-0+deb12u1").parts()).containsExactly(10, 11, 19);
        assertThat(MySQLDialect.parseVersion("10.11.19-MariaDB-0+deb12u1").parts()).containsExactly(10, 11, 19);
        assertThat(MySQLDialect.parseVersion("8.0.36").parts()).containsExactly(8, 0, 36);
        assertThat(MySQLDialect.parseVersion("5.5.5-log").parts()).containsExactly(5, 5, 5);
        assertThat(MySQLDialect.isMariaDBVersion("10.6.4-MariaDB")).isTrue();
        assertThat(MySQLDialect.isMariaDBVersion("8.4.0-commercial")).isFalse();
    }

    @Test
    void sqlModeFlags() {
        connectorJ.useServer("8.0.36", "ANSI_QUOTES,no_backslash_escapes , STRICT_TRANS_TABLES");
        assertThat(connectorJ.isAnsiQuotes()).isTrue();
        assertThat(connectorJ.isNoBackslashEscapes()).isTrue();
        assertThat(connectorJ.sqlMode()).contains("STRICT_TRANS_TABLES");
        connectorJ.useServer("8.0.36", "");
        assertThat(connectorJ.isAnsiQuotes()).isFalse();
        assertThat(connectorJ.identifierQuote()).isEqualTo("`");
    }

    @Test
    void capabilitiesDependOnTheServer() {
        connectorJ.useServer("8.0.30", "");
        assertThat(connectorJ.isMariaDB()).isFalse();
        assertThat(connectorJ.capabilities().features()).contains(Feature.CHECK_CONSTRAINTS, Feature.JSON)
                .doesNotContain(Feature.INSERT_RETURNING, Feature.SEQUENCES, Feature.INTERSECT_EXCEPT);
        assertThat(connectorJ.supportsInsertReturning()).isFalse();
        connectorJ.useServer("8.0.31", "");
        assertThat(connectorJ.capabilities().has(Feature.INTERSECT_EXCEPT)).isTrue();

        connectorJ.useServer("5.5.5-10.11.6-MariaDB", "");
        assertThat(connectorJ.isMariaDB()).isTrue();
        assertThat(connectorJ.capabilities().features()).contains(Feature.INSERT_RETURNING, Feature.DELETE_RETURNING,
                Feature.SEQUENCES, Feature.INTERSECT_EXCEPT, Feature.CHECK_CONSTRAINTS)
                .doesNotContain(Feature.UPDATE_RETURNING, Feature.NATIVE_BOOLEAN, Feature.TRANSACTIONAL_DDL);
        assertThat(connectorJ.supportsInsertReturning()).isTrue();

        connectorJ.useServer("10.4.2-MariaDB", "");
        assertThat(connectorJ.capabilities().has(Feature.INSERT_RETURNING)).isFalse();
        assertThat(connectorJ.capabilities().maxIdentifierLength()).isEqualTo(64);
    }

    @Test
    void tableOptionsFromDialectOptions() {
        assertThat(connectorJ.defaultTableOptions()).isEqualTo(MySQLTableOptions.NONE);
        connectorJ.configure(Map.of("mysql_engine", "InnoDB", "mysql_charset", "utf8mb4"));
        MySQLTableOptions options = connectorJ.defaultTableOptions();
        assertThat(options.toDdl()).isEqualTo(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        assertThat(options.merge(new MySQLTableOptions("MyISAM", null, "utf8mb4_bin")).toDdl())
                .isEqualTo(" ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
        assertThat(MySQLTableOptions.NONE.toDdl()).isEmpty();
        assertThatThrownBy(() -> new MySQLTableOptions("InnoDB; DROP TABLE x", null, null))
                .isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> mariadb.configure(Map.of("engine", "InnoDB")))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("mysql_engine");
    }

    @Test
    void autocommitTextIncludesLoadData() {
        assertThat(connectorJ.isAutocommitText("LOAD DATA LOCAL INFILE 'x' INTO TABLE t")).isTrue();
        assertThat(connectorJ.isAutocommitText("replace into t values (1)")).isTrue();
        assertThat(connectorJ.isAutocommitText("select load_file('x')")).isFalse();
    }

    @Test
    void fractionalDateTimesAreBoundAsTextForConnectorJOnOldMariaDB() {
        assertThat(ConnectorJDialect.fractionalText(java.time.LocalDateTime.of(2024, 1, 2, 3, 4, 5, 120_000_000)))
                .isEqualTo("2024-01-02 03:04:05.120000000");
        assertThat(ConnectorJDialect.fractionalText(java.time.LocalTime.of(3, 4, 5, 1000))).isEqualTo("03:04:05.000001000");
        assertThat(ConnectorJDialect.fractionalText(java.time.LocalDateTime.of(2024, 1, 2, 3, 4, 5))).isNull();
        assertThat(ConnectorJDialect.fractionalText("text")).isNull();
    }
}
