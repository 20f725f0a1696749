package org.athanor.dialect.mysql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.util.List;
import java.util.Map;
import org.athanor.dialect.mysql.ConnectorJDialect;
import org.athanor.dialect.mysql.DescribedServer;
import org.athanor.dialect.mysql.MariaDBConnectorDialect;
import org.athanor.sql.Insert;
import org.athanor.sql.schema.Table;
import org.athanor.sql.upsert.OnDuplicateKeyUpdate;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.Test;

/** How ON DUPLICATE KEY UPDATE refers to the proposed row, by server: {@code VALUES(col)} or the row alias. */
class MySQLStatementCompiler_UpsertTest {
    private final CatalogueSchema s = new CatalogueSchema();
    private final Table users = s.users;
    private final OnDuplicateKeyUpdate update = OnDuplicateKeyUpdate.set(Map.of("name",
            OnDuplicateKeyUpdate.inserted(users).c("name")));
    private final Insert values = users.insert().values(Map.of("id", 1, "name", "x")).withOption(update);
    private final Insert fromSelect = users.insert().fromSelect(List.of("id", "name"),
            select(s.order.c("id"), s.order.c("desc"))).withOption(update);

    private static String sql(Insert insert, ConnectorJDialect dialect) {
        return insert.compile(dialect).sql();
    }

    @Test
    void mysql8020AndLaterUseTheRowAlias() {
        assertThat(sql(values, DescribedServer.connectorJ("8.0.20"))).isEqualTo("INSERT INTO users (id, name)"
                + " VALUES (?, ?) AS `new` ON DUPLICATE KEY UPDATE name = `new`.name");
        assertThat(sql(values, DescribedServer.connectorJ("8.4.0"))).contains("AS `new`");
    }

    @Test
    void olderMysqlMariaDBAndInsertSelectKeepValues() {
        String valuesForm = "INSERT INTO users (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)";
        assertThat(sql(values, DescribedServer.connectorJ("8.0.19"))).isEqualTo(valuesForm);
        assertThat(sql(values, DescribedServer.connectorJ("5.7.44-log"))).isEqualTo(valuesForm);
        assertThat(sql(values, DescribedServer.connectorJ(DescribedServer.MARIADB_10_11))).isEqualTo(valuesForm);
        assertThat(sql(values, DescribedServer.connectorJ("11.4.2-MariaDB"))).isEqualTo(valuesForm);
        assertThat(sql(fromSelect, DescribedServer.connectorJ(DescribedServer.MYSQL_8)))
                .endsWith("FROM `order` ON DUPLICATE KEY UPDATE name = VALUES(name)");
        // before the first connection the server is unknown: the form every server accepts
        assertThat(values.compile(new MariaDBConnectorDialect()).sql()).isEqualTo(valuesForm);
    }
}
