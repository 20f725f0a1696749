package org.athanor.engine.impl.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.athanor.engine.Engine;
import org.athanor.engine.impl.EngineFactoryImpl;
import org.athanor.engine.impl.registry.DialectRegistryImpl;
import org.athanor.engine.impl.testing.TestSqliteDialect;
import org.athanor.exc.AthanorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryShellTest {
    @TempDir
    Path dir;

    final DialectRegistryImpl registry = new DialectRegistryImpl(false, List.of());
    final EngineFactoryImpl factory = new EngineFactoryImpl(registry);
    final MapCatalog catalog = new MapCatalog(factory);
    final StringWriter text = new StringWriter();
    final QueryShell shell = new QueryShell(catalog, new PrintWriter(text, true));
    Engine engine;

    @BeforeEach
    void publish() {
        registry.addProvided("test", "sqlite", "testjdbc", true, 0, TestSqliteDialect::new);
        engine = factory.createEngine("sqlite:///" + dir.resolve("q.db").toAbsolutePath());
        catalog.publish("db", engine);
    }

    @AfterEach
    void dispose() {
        engine.dispose();
    }

    String output() {
        return text.toString();
    }

    void run(String sql) {
        shell.sql("db", sql);
    }

    @Test
    void selectPrintsAnAlignedTableAndTheRowCount() {
        run("select 1 as one, 'x' as name");

        assertThat(output()).isEqualTo("""
                 one | name
                -----+------
                   1 | x
                (1 row)
                """.replace("\n", System.lineSeparator()));
    }

    @Test
    void dmlPrintsTheRowsAffectedAndIsCommitted() {
        run("create table t (id integer primary key, name varchar(20) not null default 'n')");
        run("insert into t (id, name) values (1, 'a'), (2, 'b')");
        run("update t set name = 'c'");
        text.getBuffer().setLength(0);

        run("select id, name from t order by id");

        assertThat(output()).contains("  1 | c", "  2 | c", "(2 rows)");
        assertThat(engine.execute("select count(*) from t").scalar()).isEqualTo(2);
    }

    @Test
    void ddlAndDmlReportTheirCount() {
        run("create table t (id integer)");
        run("insert into t values (1)");
        run("/* a comment */ delete from t");

        assertThat(output()).isEqualToNormalizingNewlines("OK\n1 row affected\n1 row affected\n");
    }

    @Test
    void aBadStatementFailsWithTheDatabasesMessage() {
        assertThatThrownBy(() -> run("select * from no_such_table"))
                .isInstanceOf(AthanorException.class).hasMessageContaining("no_such_table");
        assertThatThrownBy(() -> run("  ")).isInstanceOf(ShellException.class).hasMessageContaining("needs a statement");
    }

    @Test
    void tablesListsTablesAndViews() {
        run("create table b_table (id integer)");
        run("create view a_view as select 1 as x");
        text.getBuffer().setLength(0);

        shell.tables("db");

        assertThat(output()).containsPattern("a_view\\s+\\|\\s+VIEW").containsPattern("b_table\\s+\\|\\s+TABLE")
                .contains("(2 tables)");
    }

    @Test
    void describeShowsColumnsTypesNullabilityDefaultsAndTheKey() {
        run("create table person (id integer primary key, name varchar(20) not null default 'n', age int)");
        text.getBuffer().setLength(0);

        shell.describe("db", "PERSON");

        assertThat(output())
                .containsPattern("id\\s+\\|\\s+INTEGER\\s+\\|\\s+yes\\s+\\|\\s+\\|\\s+1")
                .containsPattern("name\\s+\\|\\s+VARCHAR\\(20\\)\\s+\\|\\s+no\\s+\\|\\s+'n'")
                .containsPattern("age\\s+\\|\\s+INTEGER\\s+\\|\\s+yes")
                .contains("(3 columns)");
    }

    @Test
    void describeOfAnUnknownTableSaysSo() {
        assertThatThrownBy(() -> shell.describe("db", "nothing")).isInstanceOf(ShellException.class)
                .hasMessageContaining("No table or view 'nothing'");
    }
}
