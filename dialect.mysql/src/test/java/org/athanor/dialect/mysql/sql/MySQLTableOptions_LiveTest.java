package org.athanor.dialect.mysql.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.athanor.dialect.mysql.MySQLDialect;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Result;
import org.athanor.engine.URL;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.DialectOption;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.athanor.testing.LiveDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table options on the live MySQL-protocol server through each driver: the engine's dialect options give every
 * new table its storage engine and character set, a table's own {@code DialectOption}s override them, and
 * {@code SHOW CREATE TABLE} shows what was asked for.
 */
class MySQLTableOptions_LiveTest {

    @ParameterizedTest
    @ValueSource(strings = {"mysql+connectorj", "mysql+mariadb"})
    void dialectDefaultsAndTableOptionsReachCreateTable(String drivername) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        MetaData md = new MetaData();
        Table plain = new Table("ath_opts_plain_" + suffix, md,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("name", SqlTypes.string(20)));
        Table own = new Table("ath_opts_own_" + suffix, md,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("name", SqlTypes.string(20)),
                DialectOption.of("mysql_engine", "MyISAM"),
                DialectOption.of("mysql_charset", "latin1"),
                DialectOption.of("mysql_collate", "latin1_bin"),
                DialectOption.of("sqlite_with_rowid", false));
        EngineOptions options = EngineOptions.builder()
                .dialectOption(MySQLDialect.ENGINE_OPTION, "InnoDB")
                .dialectOption(MySQLDialect.CHARSET_OPTION, "utf8mb4")
                .dialectOption(MySQLDialect.COLLATE_OPTION, "utf8mb4_unicode_ci").build();
        try (Engine engine = Athanor.createEngine(URL.parse(LiveDatabase.mysql()).withDrivername(drivername),
                options)) {
            md.createAll(engine);
            try {
                assertThat(showCreate(engine, plain)).contains("ENGINE=InnoDB", "CHARSET=utf8mb4",
                        "COLLATE=utf8mb4_unicode_ci");
                assertThat(showCreate(engine, own)).contains("ENGINE=MyISAM", "CHARSET=latin1", "COLLATE=latin1_bin");
            } finally {
                md.dropAll(engine);
            }
        }
    }

    private static String showCreate(Engine engine, Table table) {
        try (Result r = engine.execute("SHOW CREATE TABLE " + table.name())) {
            return r.one().get(1).toString();
        }
    }
}
