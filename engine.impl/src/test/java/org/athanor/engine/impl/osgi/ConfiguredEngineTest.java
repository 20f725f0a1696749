package org.athanor.engine.impl.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.athanor.dialect.DialectServiceProperties;
import org.athanor.engine.Engine;
import org.athanor.engine.impl.testing.LogCapture;
import org.athanor.engine.impl.testing.TestSqliteDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;

class ConfiguredEngineTest {
    @TempDir
    Path dir;

    final FakeOsgi osgi = new FakeOsgi();
    final DialectRegistryComponent registry = new DialectRegistryComponent();
    final FakeOsgi.DialectService dialect = new FakeOsgi.DialectService("org.example.sqlite", TestSqliteDialect::new,
            true).with(DialectServiceProperties.NAME, "sqlite").with(DialectServiceProperties.DRIVER, "testjdbc")
            .with(DialectServiceProperties.DEFAULT, true);
    ConfiguredEngine component;

    Map<String, Object> config(Object... more) {
        Map<String, Object> map = new HashMap<>();
        map.put(Constants.SERVICE_PID, "org.athanor.engine~main");
        map.put("name", "main");
        map.put("url", "sqlite:///" + dir.resolve("main.db").toAbsolutePath());
        for (int i = 0; i < more.length; i += 2) {
            map.put((String) more[i], more[i + 1]);
        }
        return map;
    }

    ConfiguredEngine activate(Map<String, Object> config) {
        component = new ConfiguredEngine(registry, osgi.context(), config);
        return component;
    }

    Engine published() {
        return osgi.registered.keySet().stream().map(Engine.class::cast).findFirst().orElse(null);
    }

    @AfterEach
    void deactivate() {
        if (component != null) {
            component.deactivate();
        }
    }

    @Test
    void publishesTheEngineWithItsNameUrlAndDialect() {
        registry.addDialect(dialect, dialect.properties);

        activate(config("pool_size", "2"));

        Engine engine = published();
        assertThat(engine).isNotNull();
        assertThat(engine.options().poolSize()).isEqualTo(2);
        assertThat(osgi.registered.get(engine)).containsEntry("name", "main")
                .containsEntry("athanor.dialect", "sqlite+testjdbc")
                .containsEntry("org.athanor.engine.pid", "org.athanor.engine~main")
                .containsEntry("url", engine.url().toString());
        assertThat(engine.execute("select 1").scalar()).isEqualTo(1);
    }

    @Test
    void theServiceGoesWithItsDialectAndComesBackWithIt() {
        registry.addDialect(dialect, dialect.properties);
        activate(config());
        Engine first = published();

        registry.removeDialect(dialect.properties);

        assertThat(osgi.registered).isEmpty();
        assertThat(first.isDisposed()).isTrue();

        FakeOsgi.DialectService back = new FakeOsgi.DialectService("org.example.sqlite", TestSqliteDialect::new, true)
                .with(DialectServiceProperties.NAME, "sqlite").with(DialectServiceProperties.DRIVER, "testjdbc");
        registry.addDialect(back, back.properties);

        Engine second = published();
        assertThat(second).isNotNull().isNotSameAs(first);
        assertThat(second.execute("select 2").scalar()).isEqualTo(2);
    }

    @Test
    void withoutADialectItWaitsAndStartsWhenOneArrives() {
        activate(config());
        assertThat(osgi.registered).isEmpty();

        registry.addDialect(dialect, dialect.properties);

        assertThat(published()).isNotNull();
    }

    @Test
    void deactivationWithdrawsAndDisposesTheEngine() {
        registry.addDialect(dialect, dialect.properties);
        activate(config());
        Engine engine = published();

        component.deactivate();
        component = null;

        assertThat(osgi.registered).isEmpty();
        assertThat(engine.isDisposed()).isTrue();
        assertThat(dialect.out).isEmpty(); // its dialect instance was given back
    }

    @Test
    void aWrongConfigurationIsOneErrorLineAndNoEngine() {
        registry.addDialect(dialect, dialect.properties);
        try (LogCapture log = new LogCapture()) {
            activate(config("url", "sqlite://scott@localhost/x.db", "pool_size", "many", ".password", "tiger"));

            assertThat(osgi.registered).isEmpty();
            assertThat(log.text().lines()).filteredOn(l -> l.contains("ERROR")).singleElement()
                    .satisfies(l -> assertThat(l).contains("org.athanor.engine~main", "pool_size", "many"));
            assertThat(log.text()).doesNotContain("tiger");
        }
    }

    @Test
    void anOptionTheDialectRejectsIsOneErrorLineEvenAsDialectsComeAndGo() {
        try (LogCapture log = new LogCapture()) {
            activate(config("no_such_option", "1"));
            registry.addDialect(dialect, dialect.properties);
            registry.register("other.thing", TestSqliteDialect::new);

            assertThat(osgi.registered).isEmpty();
            assertThat(log.text().lines()).filteredOn(l -> l.contains("ERROR")).singleElement()
                    .satisfies(l -> assertThat(l).contains("no_such_option"));
        }
    }
}
