package org.athanor.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.inject.Inject;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Each {@code engine:} command runs through Gogo's command processor, as the shell and Athanor's script mode run
 * it, and prints what it should; a failing command throws one line.
 */
public class EngineCommands_GogoTest extends AthanorContainer {
    @Inject
    private CommandProcessor processor;
    @Inject
    private ConfigurationAdmin configurationAdmin;

    private String run(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (CommandSession session = processor.createSession(InputStream.nullInputStream(), stream, stream)) {
            Object result = session.execute(command);
            if (result != null) { // as the shell does: what a command returns is printed
                stream.println(session.format(result, Converter.INSPECT));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private String database(String name) throws Exception {
        return Scratch.folder("gogo").resolve(name)
                .toString();
    }

    @Test
    public void dialectsListsTheShippedDialectsWithTheirBundle() throws Exception {
        assertThat(run("engine:dialects"))
                .containsPattern("sqlite\\s+\\|\\s+xerial\\s+\\|\\s+yes\\s+\\|\\s+0\\s+\\|\\s+org.athanor.dialect.sqlite");
    }

    @Test
    public void anEngineIsCreatedUsedInspectedAndDisposedFromTheShell() throws Exception {
        String db = database("shell.db");

        assertThat(run("engine:create shell sqlite:///" + db + " pool_size=2 max_overflow=1"))
                .contains("Engine 'shell' created on sqlite:///" + db);
        Configuration[] stored = configurationAdmin.listConfigurations("(name=shell)");
        assertThat(stored).as("persisted through Configuration Admin").hasSize(1);
        assertThat(stored[0].getFactoryPid()).isEqualTo("org.athanor.engine");

        assertThat(run("engine:list")).containsPattern("shell\\s+\\|\\s+sqlite\\+xerial\\s+\\|\\s+sqlite:///\\S+shell.db"
                + "\\s+\\|\\s+QueuePool size 2");
        assertThat(run("engine:sql shell \"create table person (id integer primary key, name varchar(20) not null)\""))
                .isEqualToNormalizingNewlines("OK\n");
        assertThat(run("engine:sql shell \"insert into person (id, name) values (1, 'ada'), (2, 'grace')\""))
                .contains("2 rows affected");
        assertThat(run("engine:sql shell \"select id, name from person order by id\"")).isEqualToNormalizingNewlines("""
                 id | name
                ----+-------
                  1 | ada
                  2 | grace
                (2 rows)
                """);
        assertThat(run("engine:tables shell")).containsPattern("person\\s+\\|\\s+TABLE").contains("(1 table)");
        assertThat(run("engine:describe shell person"))
                .containsPattern("id\\s+\\|\\s+INTEGER\\s+\\|\\s+no\\s+\\|\\s+\\|\\s+1")
                .containsPattern("name\\s+\\|\\s+VARCHAR\\(20\\)\\s+\\|\\s+no");
        assertThat(run("engine:pool shell")).containsPattern("size\\s+\\|\\s+2")
                .containsPattern("checked out\\s+\\|\\s+0").containsPattern("max overflow\\s+\\|\\s+1")
                .containsPattern("timeouts\\s+\\|\\s+0");

        assertThat(run("engine:dispose shell")).contains("Engine 'shell' disposed and its configuration deleted.");
        assertThat(configurationAdmin.listConfigurations("(name=shell)")).isNull();
        assertThatThrownBy(() -> run("engine:sql shell \"select 1\""))
                .hasMessage("No engine named 'shell'; engine:list shows the engines, engine:create adds one.");
    }

    @Test
    public void aFailingCommandThrowsOneLine() throws Exception {
        String db = database("fail.db");
        run("engine:create failing sqlite:///" + db);
        try {
            assertThatThrownBy(() -> run("engine:sql failing \"select * from no_such_table\""))
                    .satisfies(e -> assertThat(e.toString()).doesNotContain("\n").contains("no_such_table")
                            .doesNotStartWith("org."));
            assertThatThrownBy(() -> run("engine:create bad sqlite:///x.db pool_size=many"))
                    .hasMessageContaining("pool_size");
            assertThatThrownBy(() -> run("engine:pool nothing")).hasMessageContaining("No engine named 'nothing'");
        } finally {
            run("engine:dispose failing");
        }
    }

    @Test
    public void helpShowsEachCommandsDescriptionAndParameters() throws Exception {
        assertThat(run("help engine:create"))
                .contains("create an engine, kept as a configuration so it survives a restart")
                .contains("the engine's name").contains("the database URL")
                .contains("engine options as key=value");
        for (String command : new String[] {"dialects", "list", "dispose", "sql", "tables", "describe", "pool"}) {
            assertThat(run("help engine:" + command)).as(command).contains("scope: engine");
        }
        assertThat(run("help engine:sql")).contains("run one SQL statement").contains("the statement");
        assertThat(run("help engine:describe")).contains("the table's name");
    }
}
