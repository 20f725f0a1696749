package org.athanor.engine.impl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.athanor.dialect.DialectInfo;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.URL;
import org.athanor.engine.impl.EngineFactoryImpl;
import org.athanor.engine.impl.testing.TestSqliteDialect;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.DialectUnavailableException;
import org.athanor.exc.UnknownDialectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectRegistryImplTest {
    @TempDir
    Path dir;

    /** A registry without ServiceLoader, as in OSGi. */
    DialectRegistryImpl registry = new DialectRegistryImpl(false, List.of());

    static class Named extends TestSqliteDialect {
        private final String name;
        private final String driver;

        Named(String name, String driver) {
            this.name = name;
            this.driver = driver;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String driver() {
            return driver;
        }
    }

    Registration provide(String source, String name, String driver, boolean isDefault, int ranking) {
        return registry.addProvided(source, name, driver, isDefault, ranking, () -> new Named(name, driver));
    }

    @Test
    void theHighestRankingDefaultDriverAnswersThePlainName() {
        provide("b1", "mysql", "connectorj", true, 10);
        provide("b2", "mysql", "mariadb", true, 5);
        provide("b3", "mysql", "other", false, 100);
        assertThat(registry.resolve("mysql").driver()).isEqualTo("connectorj");
        assertThat(registry.resolve("mysql+mariadb").driver()).isEqualTo("mariadb");
        assertThat(registry.resolve("mysql.other").driver()).isEqualTo("other");
        assertThat(registry.resolve("MySQL+MariaDB").driver()).as("names are case-insensitive").isEqualTo("mariadb");
    }

    @Test
    void withoutADefaultTheHighestRankingOfTheNameAnswers() {
        provide("b1", "oracle", "thin", false, 1);
        provide("b2", "oracle", "oci", false, 2);
        assertThat(registry.resolve("oracle").driver()).isEqualTo("oci");
    }

    @Test
    void equalRankingsChooseStablyByName() {
        provide("b1", "pg", "zeta", true, 0);
        provide("b2", "pg", "alpha", true, 0);
        assertThat(registry.resolve("pg").driver()).isEqualTo("alpha");
    }

    @Test
    void unknownNamesListWhatIsRegistered() {
        provide("b1", "mysql", "connectorj", true, 0);
        registry.register("sqlite.mine", TestSqliteDialect::new);
        assertThatThrownBy(() -> registry.resolve("mysql+nope")).isInstanceOf(UnknownDialectException.class)
                .satisfies(e -> assertThat(((UnknownDialectException) e).registered())
                        .containsExactly("mysql+connectorj", "sqlite+mine"));
        assertThatThrownBy(() -> registry.load("postgresql")).isInstanceOf(UnknownDialectException.class)
                .hasMessageContaining("mysql+connectorj");
    }

    @Test
    void aPlainInProcessNameOverridesTheDefaultAndAQualifiedOneItsNamesake() {
        provide("b1", "sqlite", "xerial", true, 0);
        registry.register("sqlite", () -> new Named("sqlite", "mine"));
        assertThat(registry.resolve("sqlite").source()).isEqualTo(DialectRegistryImpl.IN_PROCESS);
        assertThat(registry.resolve("sqlite+xerial").source()).isEqualTo("b1");
        registry.unregister("sqlite");
        registry.register("sqlite.xerial", () -> new Named("sqlite", "xerial"));
        assertThat(registry.resolve("sqlite").source()).isEqualTo(DialectRegistryImpl.IN_PROCESS);
        assertThat(registry.resolve("sqlite+xerial").source()).isEqualTo(DialectRegistryImpl.IN_PROCESS);
        assertThat(registry.unregister("sqlite.xerial")).isTrue();
        assertThat(registry.unregister("sqlite.xerial")).isFalse();
        assertThat(registry.resolve("sqlite").source()).isEqualTo("b1");
    }

    @Test
    void listingIsSortedAndSaysWhereEachCameFrom() {
        provide("bundle.b", "mysql", "mariadb", false, 0);
        registry.register("mysql.foodialect", "com.example.Foo", getClass().getClassLoader());
        List<DialectInfo> list = registry.dialects();
        assertThat(list).extracting(DialectInfo::qualifiedName).containsExactly("mysql+foodialect", "mysql+mariadb");
        assertThat(list.get(0).source()).contains("in-process").contains("com.example.Foo");
        assertThat(list.get(1).source()).isEqualTo("bundle.b");
    }

    @Test
    void badNamesAreArgumentErrors() {
        assertThatThrownBy(() -> registry.register(".x", TestSqliteDialect::new)).isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> registry.register("x.", TestSqliteDialect::new)).isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> registry.register(" ", TestSqliteDialect::new)).isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> registry.register("x", "", null)).isInstanceOf(ArgumentException.class);
    }

    @Test
    void aClassThatIsNotADialectIsReportedOnFirstUse() {
        registry.register("x.y", "java.lang.String", getClass().getClassLoader());
        assertThatThrownBy(() -> registry.load("x+y")).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("java.lang.String").hasMessageContaining("is not an org.athanor.dialect.Dialect");
    }

    @Test
    void aSupplierReturningNullIsReported() {
        registry.register("x.y", () -> null);
        assertThatThrownBy(() -> registry.load("x+y")).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("returned null");
    }

    @Test
    void removingAProvidedDialectDisposesItsEnginesAndTellsListeners() {
        Registration reg = provide("bundle.sqlite", "sqlite", "xerial", true, 0);
        List<String> removed = new ArrayList<>();
        registry.addListener(new RegistryListener() {
            @Override
            public void dialectRemoved(DialectInfo info) {
                removed.add(info.qualifiedName() + " from " + info.source());
            }
        });
        EngineFactoryImpl factory = new EngineFactoryImpl(registry);
        Engine engine = factory.createEngine(URL.parse("sqlite:///" + dir.resolve("a.db")), EngineOptions.defaults());
        Connection open = engine.connect();
        assertThat(open.execute("select 1").scalar()).isEqualTo(1);

        assertThat(registry.removeProvided(reg)).isTrue();

        assertThat(removed).containsExactly("sqlite+xerial from bundle.sqlite");
        assertThat(engine.isDisposed()).isTrue();
        assertThatThrownBy(engine::connect).isInstanceOf(DialectUnavailableException.class)
                .hasMessageContaining("sqlite+xerial")
                .satisfies(e -> assertThat(((DialectUnavailableException) e).dialect()).isEqualTo("sqlite+xerial"));
        assertThatThrownBy(() -> engine.execute("select 1")).isInstanceOf(DialectUnavailableException.class);
        assertThatThrownBy(() -> open.execute("select 1")).isInstanceOf(DialectUnavailableException.class);
        open.close();
        assertThat(engine.pool().statistics().checkedIn()).as("closed, not pooled, after dispose").isZero();
        assertThatThrownBy(() -> factory.createEngine(URL.parse("sqlite://"), EngineOptions.defaults()))
                .isInstanceOf(UnknownDialectException.class);
        assertThat(registry.removeProvided(reg)).isFalse();
    }

    @Test
    void addedDialectsAreUsableAtOnceAndListenersHearOfThem() {
        List<String> added = new ArrayList<>();
        registry.addListener(new RegistryListener() {
            @Override
            public void dialectAdded(DialectInfo info) {
                added.add(info.qualifiedName());
            }
        });
        provide("b", "sqlite", "xerial", true, 0);
        Engine engine = new EngineFactoryImpl(registry).createEngine(URL.parse("sqlite://"), EngineOptions.defaults());
        assertThat(engine.execute("select 2").scalar()).isEqualTo(2);
        engine.dispose();
        assertThat(added).containsExactly("sqlite+xerial");
    }
}
