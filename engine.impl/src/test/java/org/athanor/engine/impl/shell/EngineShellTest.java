package org.athanor.engine.impl.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.impl.EngineFactoryImpl;
import org.athanor.engine.impl.registry.DialectRegistryImpl;
import org.athanor.engine.impl.testing.TestSqliteDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineShellTest {
    @TempDir
    Path dir;

    final DialectRegistryImpl registry = new DialectRegistryImpl(false, List.of());
    final EngineFactoryImpl factory = new EngineFactoryImpl(registry);
    final MapCatalog catalog = new MapCatalog(factory);
    final StringWriter text = new StringWriter();
    final EngineShell shell = new EngineShell(factory, catalog, new PrintWriter(text, true), Duration.ofSeconds(1));

    /** SQLite under another name, whose URLs may carry a user and password. */
    static class Fake extends TestSqliteDialect {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        public String driver() {
            return "drv";
        }
    }

    EngineShellTest() {
        registry.addProvided("org.example.sqlite", "sqlite", "testjdbc", true, 0, TestSqliteDialect::new);
    }

    String output() {
        return text.toString();
    }

    String fileUrl(String name) {
        return "sqlite:///" + dir.resolve(name).toAbsolutePath();
    }

    @Test
    void dialectsListsNameDriverDefaultAndBundle() {
        registry.addProvided("org.example.fake", "fake", "drv", false, 5, Fake::new);

        shell.dialects();

        assertThat(output()).contains("NAME", "DRIVER", "DEFAULT", "PROVIDED BY")
                .containsPattern("fake\\s+\\|\\s+drv\\s+\\|\\s+no\\s+\\|\\s+5\\s+\\|\\s+org.example.fake")
                .containsPattern("sqlite\\s+\\|\\s+testjdbc\\s+\\|\\s+yes\\s+\\|\\s+0\\s+\\|\\s+org.example.sqlite")
                .contains("(2 dialects)");
    }

    @Test
    void createStoresTheConfigurationAndStartsTheEngine() {
        shell.create("main", fileUrl("main.db"), List.of("pool_size=2", "echo=false"));

        assertThat(catalog.stored.get("main").properties())
                .containsEntry("name", "main").containsEntry("pool_size", "2").containsEntry("echo", "false");
        assertThat(catalog.published).containsKey("main");
        assertThat(catalog.published.get("main").engine().options().poolSize()).isEqualTo(2);
        assertThat(output()).startsWith("Engine 'main' created on sqlite:///");
    }

    @Test
    void createKeepsThePasswordApartAndNeverPrintsIt() {
        registry.addProvided("org.example.fake", "fake", "drv", false, 0, Fake::new);

        shell.create("secret", "fake+drv://scott:tiger@localhost/" + dir.resolve("s.db"), List.of());
        shell.list();

        Map<String, Object> properties = catalog.stored.get("secret").properties();
        assertThat(properties).containsEntry(".password", "tiger");
        assertThat(properties.get("url").toString()).doesNotContain("tiger").contains("scott@localhost");
        assertThat(catalog.published.get("secret").engine().url().password()).isEqualTo("tiger");
        assertThat(output()).doesNotContain("tiger").contains("scott:***@localhost");
    }

    @Test
    void createWithoutItsDialectConfiguresTheEngineForLater() {
        shell.create("later", "mysql+foo://u@h/db", List.of());

        assertThat(catalog.stored).containsKey("later");
        assertThat(catalog.published).doesNotContainKey("later");
        assertThat(output()).contains("it starts once a dialect for mysql+foo:// is installed");
    }

    @Test
    void createRefusesWhatIsWrongAndStoresNothing() {
        assertThatThrownBy(() -> shell.create("x", fileUrl("x.db"), List.of("pool_size=many")))
                .isInstanceOf(ShellException.class).hasMessageContaining("pool_size");
        assertThatThrownBy(() -> shell.create("x", fileUrl("x.db"), List.of("no_such_option=1")))
                .isInstanceOf(ShellException.class).hasMessageContaining("no_such_option");
        assertThatThrownBy(() -> shell.create("x", fileUrl("x.db"), List.of("pool_size")))
                .isInstanceOf(ShellException.class).hasMessageContaining("key=value");
        assertThatThrownBy(() -> shell.create("x", "not a url", List.of()))
                .isInstanceOf(ShellException.class).hasMessageContaining("Invalid database URL");
        assertThatThrownBy(() -> shell.create("two words", fileUrl("x.db"), List.of()))
                .isInstanceOf(ShellException.class).hasMessageContaining("not an engine name");
        assertThat(catalog.stored).isEmpty();
    }

    @Test
    void createRefusesATakenName() {
        shell.create("main", fileUrl("a.db"), List.of());

        assertThatThrownBy(() -> shell.create("main", fileUrl("b.db"), List.of()))
                .isInstanceOf(ShellException.class).hasMessageContaining("exists already");
    }

    @Test
    void listShowsRunningEnginesAndWhyOthersAreNot() {
        shell.create("main", fileUrl("main.db"), List.of());
        catalog.store("later", Map.of("name", "later", "url", "mysql+foo://u@h/db"), null);
        catalog.store("broken", Map.of("name", "broken"), null);
        text.getBuffer().setLength(0);

        shell.list();

        assertThat(output())
                .containsPattern("main\\s+\\|\\s+sqlite\\+testjdbc\\s+\\|\\s+sqlite:///\\S+main.db\\s+\\|\\s+"
                        + "QueuePool size 5, 0 in, 0 out")
                .containsPattern("later\\s+\\|\\s+mysql\\+foo\\s+\\|\\s+mysql\\+foo://u@h/db\\s+\\|\\s+"
                        + "waiting for a dialect for mysql\\+foo://")
                .contains("not running: The configuration of engine 'broken' has no 'url'")
                .contains("(3 engines)");
    }

    @Test
    void disposeDeletesTheConfigurationAndDisposesTheEngine() {
        shell.create("main", fileUrl("main.db"), List.of());
        var engine = catalog.published.get("main").engine();

        shell.dispose("main");

        assertThat(catalog.stored).isEmpty();
        assertThat(engine.isDisposed()).isTrue();
        assertThat(output()).contains("Engine 'main' disposed and its configuration deleted.");
    }

    @Test
    void disposeNamesTheFileAConfigurationCameFrom() {
        catalog.store("default", Map.of("name", "default", "url", fileUrl("d.db")), "file:/athanor/etc/x.cfg");

        shell.dispose("default");

        assertThat(output()).contains("It was read from file:/athanor/etc/x.cfg");
    }

    @Test
    void disposeOfAnUnknownEngineFails() {
        assertThatThrownBy(() -> shell.dispose("nothing"))
                .isInstanceOf(ShellException.class).hasMessage("No engine configuration named 'nothing';"
                        + " engine:list shows the engines.");
    }

    @Test
    void poolShowsTheFigures() {
        shell.create("main", fileUrl("main.db"), List.of("pool_size=3", "max_overflow=4"));
        try (Connection c = catalog.published.get("main").engine().connect()) {
            text.getBuffer().setLength(0);

            shell.pool("main");
        }

        assertThat(output()).contains("POOL", "QueuePool")
                .containsPattern("size\\s+\\|\\s+3\\n")
                .containsPattern("checked in\\s+\\|\\s+0\\n")
                .containsPattern("checked out\\s+\\|\\s+1\\n")
                .containsPattern("overflow\\s+\\|\\s+-2\\n")
                .containsPattern("max overflow\\s+\\|\\s+4\\n")
                .containsPattern("timeouts\\s+\\|\\s+0\\n");
    }

    @Test
    void commandsOnAnEngineNotRunningSayWhy() {
        catalog.store("later", Map.of("name", "later", "url", "mysql+foo://u@h/db"), null);

        assertThatThrownBy(() -> shell.pool("later")).isInstanceOf(ShellException.class)
                .hasMessage("Engine 'later' is not running: no dialect answers mysql+foo:// now (engine:dialects lists"
                        + " them), or the engine could not be built (see the log)");
        catalog.store("broken", Map.of("name", "broken"), null);
        assertThatThrownBy(() -> shell.pool("broken")).isInstanceOf(ShellException.class)
                .hasMessageContaining("Engine 'broken' is not running: The configuration of engine 'broken' has no 'url'");
        assertThatThrownBy(() -> shell.pool("none")).isInstanceOf(ShellException.class)
                .hasMessageContaining("No engine named 'none'");
    }
}
