package org.athanor.sql.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.athanor.exc.ArgumentException;
import org.athanor.sql.compiler.GenericDialect;
import org.athanor.sql.ddl.CreateTable;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.Test;

class Table_DialectOptionsTest {
    private final MetaData md = new MetaData();

    @Test
    void settingsForOneDatabaseAreKeptInOrderAndIgnoredByOthers() {
        Table t = new Table("events", md, Column.of("id", SqlTypes.INTEGER).primaryKey(),
                DialectOption.of("mysql_engine", "InnoDB"), DialectOption.of("sqlite_with_rowid", false),
                DialectOption.of("mysql_key_block_size", 8));
        assertThat(t.dialectOptions()).containsExactly(java.util.Map.entry("mysql_engine", "InnoDB"),
                java.util.Map.entry("sqlite_with_rowid", false), java.util.Map.entry("mysql_key_block_size", 8));
        assertThat(t.dialectOption("mysql_engine")).isEqualTo("InnoDB");
        assertThat(t.dialectOption("mysql_charset")).isNull();
        assertThat(DialectOption.of("mysql_engine", "x").dialect()).isEqualTo("mysql");
        assertThat(GenericDialect.INSTANCE.ddlCompiler().sql(new CreateTable(t)))
                .isEqualTo("CREATE TABLE events (id INTEGER NOT NULL, PRIMARY KEY (id))");
        assertThat(new Table("plain", md, Column.of("id", SqlTypes.INTEGER)).dialectOptions()).isEmpty();
    }

    @Test
    void keysNameTheirDialectAndValuesAreSimple() {
        assertThatThrownBy(() -> DialectOption.of("engine", "InnoDB")).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("such as mysql_engine");
        assertThatThrownBy(() -> DialectOption.of("MySQL_Engine", "InnoDB")).isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> DialectOption.of("mysql_engine", null)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("not null");
        assertThatThrownBy(() -> DialectOption.of("mysql_engine", new Object())).isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> new Table("twice", md, Column.of("id", SqlTypes.INTEGER),
                DialectOption.of("mysql_engine", "InnoDB"), DialectOption.of("mysql_engine", "MyISAM")))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("mysql_engine twice");
    }
}
