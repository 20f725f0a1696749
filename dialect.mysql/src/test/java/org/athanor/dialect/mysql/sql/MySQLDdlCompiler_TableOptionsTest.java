package org.athanor.dialect.mysql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.athanor.dialect.mysql.ConnectorJDialect;
import org.athanor.dialect.mysql.DescribedServer;
import org.athanor.dialect.mysql.MySQLDialect;
import org.athanor.dialect.mysql.MySQLTableOptions;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.ddl.CreateTable;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.DialectOption;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.schema.TableOption;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.Test;

/** MySQL's table options in CREATE TABLE: the dialect's defaults, a table's own, and the comment after them. */
class MySQLDdlCompiler_TableOptionsTest {
    private final MetaData md = new MetaData();

    private static String ddl(ConnectorJDialect dialect, Table table) {
        return dialect.ddlCompiler().sql(new CreateTable(table));
    }

    @Test
    void theDialectsDefaultsApplyAndATablesOwnOptionsWin() {
        ConnectorJDialect d = DescribedServer.connectorJ(DescribedServer.MYSQL_8, Map.of(MySQLDialect.ENGINE_OPTION,
                "InnoDB", MySQLDialect.CHARSET_OPTION, "utf8mb4"));
        Table plain = new Table("plain", md, Column.of("id", SqlTypes.INTEGER).primaryKey());
        Table own = new Table("own", md, Column.of("id", SqlTypes.INTEGER).primaryKey().autoincrement(false),
                DialectOption.of("mysql_engine", "Aria"), DialectOption.of("mysql_collate", "utf8mb4_bin"),
                TableOption.comment("it's mine"));
        assertThat(ddl(d, plain)).isEqualTo("CREATE TABLE plain (id INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (id))"
                + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        assertThat(ddl(d, own)).isEqualTo("CREATE TABLE own (id INTEGER NOT NULL, PRIMARY KEY (id))"
                + " ENGINE=Aria DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='it''s mine'");
        assertThat(ddl(DescribedServer.connectorJ(DescribedServer.MYSQL_8), plain)).endsWith("PRIMARY KEY (id))");
    }

    @Test
    void unknownOrUnsafeOptionsAreRefused() {
        Table typo = new Table("typo", md, Column.of("id", SqlTypes.INTEGER),
                DialectOption.of("mysql_engin", "InnoDB"));
        assertThatThrownBy(() -> ddl(DescribedServer.connectorJ(DescribedServer.MYSQL_8), typo))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("mysql_engin")
                .hasMessageContaining("mysql_charset, mysql_collate, mysql_engine");
        Table hostile = new Table("hostile", md, Column.of("id", SqlTypes.INTEGER),
                DialectOption.of("mysql_engine", "InnoDB; DROP TABLE users"));
        assertThatThrownBy(() -> MySQLTableOptions.of(hostile)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("letters, digits");
    }
}
