package org.athanor.engine.impl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Strategy;
import org.athanor.exc.ArgumentException;
import org.junit.jupiter.api.Test;

class EngineSpecTest {

    private static Map<String, Object> config(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    @Test
    void readsTheNameTheUrlAndTheOptions() {
        EngineSpec spec = EngineSpec.from(config("name", "main", "url", "sqlite:///app.db", "pool_size", "3",
                "maxOverflow", 7, "pool_timeout", "2.5", "strategy", "threadlocal", "connect_args.busy_timeout", "100"));

        assertThat(spec.name()).isEqualTo("main");
        assertThat(spec.url().drivername()).isEqualTo("sqlite");
        assertThat(spec.options().poolSize()).isEqualTo(3);
        assertThat(spec.options().maxOverflow()).isEqualTo(7);
        assertThat(spec.options().poolTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(spec.options().strategy()).isEqualTo(Strategy.THREADLOCAL);
        assertThat(spec.options().connectArgs()).containsEntry("busy_timeout", "100");
    }

    @Test
    void keysTheFrameworkAddsAreNotOptions() {
        EngineSpec spec = EngineSpec.from(config("name", "main", "url", "sqlite://",
                "service.pid", "org.athanor.engine~main", "service.factoryPid", "org.athanor.engine",
                "component.name", "x", "component.id", 3L, "felix.fileinstall.filename", "file:/x.cfg",
                "osgi.ds.satisfying.condition.target", "(osgi.condition.id=true)", ".secret", "s",
                "registry.target", "(x=y)"));

        assertThat(spec.options().dialectOptions()).isEmpty();
    }

    @Test
    void blankValuesMeanTheDefault() {
        EngineSpec spec = EngineSpec.from(config("name", "main", "url", "sqlite://", "isolation_level", "",
                "logging_name", "  "));

        assertThat(spec.options().isolationLevel()).isNull();
        assertThat(spec.options().loggingName()).isNull();
    }

    @Test
    void aPrivatePasswordIsMergedIntoTheUrlAndNeverShown() {
        EngineSpec spec = EngineSpec.from(config("name", "pg", "url", "postgresql://scott@db/test",
                ".password", "tiger"));

        assertThat(spec.url().password()).isEqualTo("tiger");
        assertThat(spec.toString()).doesNotContain("tiger").contains("scott");
    }

    @Test
    void aPlainPasswordPropertyWorksTooAndThePrivateOneWins() {
        assertThat(EngineSpec.from(config("name", "pg", "url", "postgresql://scott@db/test", "password", "p1"))
                .url().password()).isEqualTo("p1");
        assertThat(EngineSpec.from(config("name", "pg", "url", "postgresql://scott@db/test", "password", "p1",
                ".password", "p2")).url().password()).isEqualTo("p2");
    }

    @Test
    void aOneElementArrayOrListStandsForItsElement() {
        EngineSpec spec = EngineSpec.from(config("name", new String[] {"main"}, "url", List.of("sqlite://"),
                "pool_size", new Integer[] {4}));

        assertThat(spec.name()).isEqualTo("main");
        assertThat(spec.options().poolSize()).isEqualTo(4);
    }

    @Test
    void aMissingNameOrUrlIsNamed() {
        assertThatThrownBy(() -> EngineSpec.from(config("url", "sqlite://")))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("no 'name'");
        assertThatThrownBy(() -> EngineSpec.from(config("name", "main")))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("engine 'main' has no 'url'");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheKeyAndTheEngine() {
        assertThatThrownBy(() -> EngineSpec.from(config("name", "main", "url", "sqlite://", "pool_size", "many")))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("engine 'main'").hasMessageContaining("pool_size").hasMessageContaining("many");
        assertThatThrownBy(() -> EngineSpec.from(config("name", "main", "url", "sqlite://",
                "pool_size", new String[] {"1", "2"})))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("takes one value, not 2");
    }

    @Test
    void aBadUrlFailsWithoutShowingThePassword() {
        assertThatThrownBy(() -> EngineSpec.from(config("name", "main", "url", "postgresql://scott:tiger@db:port/x")))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("engine 'main'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tiger"));
    }

    @Test
    void tellsOptionsFromOtherKeys() {
        assertThat(EngineSpec.isOption("pool_size")).isTrue();
        assertThat(EngineSpec.isOption("connect_args.ssl")).isTrue();
        assertThat(EngineSpec.isOption("name")).isFalse();
        assertThat(EngineSpec.isOption("URL")).isFalse();
        assertThat(EngineSpec.isOption(".password")).isFalse();
        assertThat(EngineSpec.isOption("service.pid")).isFalse();
    }
}
