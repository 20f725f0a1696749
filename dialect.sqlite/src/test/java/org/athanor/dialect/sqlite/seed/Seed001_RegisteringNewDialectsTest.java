package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.athanor.dialect.DialectRegistry;
import org.athanor.dialect.sqlite.SQLiteDialect;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.impl.testing.TestDb;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.UnknownDialectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 001, "Registering New Dialects" and "Registering Dialects In-Process": the entry point counterpart
 * (META-INF/services), {@code foodialect://} and {@code mysql+foodialect://}, and
 * {@code registry.register("mysql.foodialect", "myapp.dialect", "MyMySQLDialect")} loaded on first use. The
 * dialects registered here are the real SQLite dialect under other names.
 */
class Seed001_RegisteringNewDialectsTest {
    @TempDir
    Path dir;
    TestDb db;
    DialectRegistry registry;
    String overridden = "sqlite.xerial";

    @BeforeEach
    void setUp() {
        db = new TestDb(dir);
        db.exec("create table t (x integer)", "insert into t values (42)");
        registry = Athanor.registry();
    }

    @AfterEach
    void tearDown() {
        registry.unregister("mysql.foodialect");
        registry.unregister("mysql.broken");
        registry.unregister("sqlite.mine");
        registry.unregister(overridden);
        registry.unregister("sqlite");
    }

    private String path() {
        return "/" + db.file();
    }

    private static Object answer(Engine engine) {
        try (Connection c = engine.connect()) {
            return c.execute("select x from t").scalar();
        } finally {
            engine.dispose();
        }
    }

    @Test
    void anEntryPointDialectAnswersItsNameAndItsQualifiedName() {
        // entry_points: foodialect = foodialect.dialect:FooDialect  ->  META-INF/services
        Engine plain = Athanor.createEngine("foodialect://" + path());
        assertThat(plain.dialect()).isInstanceOf(FooServiceDialect.class);
        assertThat(answer(plain)).isEqualTo(42);
        Engine qualified = Athanor.createEngine("foodialect+foo://" + path());
        assertThat(qualified.dialect()).isInstanceOf(FooServiceDialect.class);
        assertThat(answer(qualified)).isEqualTo(42);
    }

    @Test
    void registerByClassNameLoadsTheClassOnFirstUse() {
        registry.register("mysql.foodialect", "org.athanor.dialect.sqlite.seed.FooDialect",
                getClass().getClassLoader());
        assertThat(LoadTracker.FOO_LOADED).as("not loaded by register()").isFalse();
        assertThat(registry.dialects()).anyMatch(i -> i.qualifiedName().equals("mysql+foodialect"));
        Engine engine = Athanor.createEngine("mysql+foodialect://" + path());
        assertThat(LoadTracker.FOO_LOADED).isTrue();
        assertThat(engine.dialect()).isInstanceOf(FooDialect.class);
        assertThat(answer(engine)).isEqualTo(42);
        // mysql.foodialect answers mysql+foodialect only, not mysql://
        assertThatThrownBy(() -> Athanor.createEngine("mysql://" + path()))
                .isInstanceOf(UnknownDialectException.class).hasMessageContaining("mysql+foodialect");
    }

    @Test
    void aClassThatFailsToLoadGivesAnErrorNamingIt() {
        registry.register("mysql.broken", "com.example.NoSuchDialect", getClass().getClassLoader());
        assertThatThrownBy(() -> Athanor.createEngine("mysql+broken://" + path()))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("com.example.NoSuchDialect")
                .hasMessageContaining("mysql.broken");
    }

    @Test
    void registerWithASupplierGivesEachEngineAFreshDialect() {
        registry.register("sqlite.mine", SQLiteDialect::new);
        Engine a = Athanor.createEngine("sqlite+mine://" + path());
        Engine b = Athanor.createEngine("sqlite+mine://" + path());
        assertThat(a.dialect()).isNotSameAs(b.dialect());
        assertThat(answer(a)).isEqualTo(42);
        assertThat(answer(b)).isEqualTo(42);
    }

    @Test
    void anUnknownNameListsWhatIsRegistered() {
        assertThatThrownBy(() -> Athanor.createEngine("nosuchdb://" + path()))
                .isInstanceOf(UnknownDialectException.class)
                .hasMessageContaining("'nosuchdb'")
                .hasMessageContaining("sqlite+xerial")
                .hasMessageContaining("foodialect+foo");
    }

    @Test
    void inProcessRegistrationsOverrideServiceLoaderOnesOfTheSameName() {
        class Marked extends SQLiteDialect {
        }
        Engine probe = Athanor.createEngine("sqlite://" + path());
        String defaultSqlite = probe.dialect().qualifiedName();
        assertThat(defaultSqlite).isEqualTo("sqlite+xerial");
        probe.dispose();
        overridden = defaultSqlite.replace('+', '.');
        registry.register(overridden, Marked::new);
        Engine qualified = Athanor.createEngine(defaultSqlite + "://" + path());
        Engine plain = Athanor.createEngine("sqlite://" + path());
        assertThat(qualified.dialect()).isInstanceOf(Marked.class);
        assertThat(plain.dialect()).as("the default it overrides").isInstanceOf(Marked.class);
        qualified.dispose();
        plain.dispose();
        registry.unregister(overridden);
        Engine back = Athanor.createEngine("sqlite://" + path());
        assertThat(back.dialect()).isNotInstanceOf(Marked.class);
        back.dispose();
    }
}
