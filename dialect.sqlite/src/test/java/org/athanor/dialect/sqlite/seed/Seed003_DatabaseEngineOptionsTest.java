package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.athanor.dialect.sqlite.SQLiteDialect;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Echo;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Strategy;
import org.athanor.engine.impl.testing.LogCapture;
import org.athanor.engine.impl.testing.TestDb;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.IntegrityException;
import org.athanor.exc.PoolTimeoutException;
import org.athanor.engine.ResetOnReturn;
import org.athanor.pool.NullPool;
import org.athanor.pool.Pool;
import org.athanor.pool.PoolConfig;
import org.athanor.pool.QueuePool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 003, "Database Engine Options": strategy, a pool instance ({@code pool=pool.QueuePool(getconn,
 * pool_size=20, max_overflow=40)}), pool_size / max_overflow / pool_timeout, echo (statements with parameters;
 * "debug" adds rows), module (the driver, chosen by the qualified name), use_ansi (a dialect option), and the
 * same options as a string map. convert_unicode, encoding, threaded and use_oids have no JDBC counterpart.
 */
class Seed003_DatabaseEngineOptionsTest {
    @TempDir
    Path dir;
    TestDb db;

    @BeforeEach
    void setUp() {
        db = new TestDb(dir);
        db.exec("create table users (id integer primary key, name varchar(20))", "insert into users values (1, 'jack')");
    }

    @Test
    void strategyPlainIsTheDefaultAndThreadlocalCanBeChosen() {
        Engine plain = db.engine();
        Engine tl = db.engine(EngineOptions.builder().strategy(Strategy.THREADLOCAL).build());
        try {
            assertThat(plain.options().strategy()).isEqualTo(Strategy.PLAIN);
            try (Connection a = tl.contextualConnect(); Connection b = tl.contextualConnect()) {
                assertThat(a.driverConnection()).isSameAs(b.driverConnection());
            }
            try (Connection a = plain.contextualConnect(); Connection b = plain.contextualConnect()) {
                assertThat(a.driverConnection()).isNotSameAs(b.driverConnection());
            }
        } finally {
            plain.dispose();
            tl.dispose();
        }
    }

    @Test
    void aPoolInstanceOverridesTheEnginesConnectArguments() {
        AtomicInteger getconn = new AtomicInteger();
        Pool pool = new QueuePool(() -> {
            getconn.incrementAndGet();
            return db.open();
        }, PoolConfig.builder().size(20).maxOverflow(40).build());
        Engine engine = db.engine(EngineOptions.builder().pool(pool).build());
        try {
            assertThat(engine.pool()).isSameAs(pool);
            assertThat(engine.execute("select name from users").scalar()).isEqualTo("jack");
            assertThat(getconn).hasValue(1);
            assertThat(engine.pool().statistics().size()).isEqualTo(20);
            assertThat(engine.pool().statistics().maxOverflow()).isEqualTo(40);
        } finally {
            engine.dispose();
        }
    }

    @Test
    void poolSizeOverflowAndTimeout() {
        Engine engine = db.engine(EngineOptions.builder().poolSize(1).maxOverflow(1)
                .poolTimeout(Duration.ofMillis(100)).build());
        try (Connection a = engine.connect(); Connection b = engine.connect()) {
            assertThat(a.driverConnection()).isNotSameAs(b.driverConnection());
            assertThatThrownBy(engine::connect).isInstanceOf(PoolTimeoutException.class)
                    .hasMessageContaining("size 1");
            assertThatThrownBy(() -> engine.execute("select 1")).isInstanceOf(PoolTimeoutException.class);
        } finally {
            engine.dispose();
        }
    }

    @Test
    void thePoolIsConfiguredFromTheOptions() {
        Engine engine = db.engine(EngineOptions.builder().poolSize(3).maxOverflow(2).poolTimeout(Duration.ofSeconds(7))
                .poolRecycle(Duration.ofMinutes(5)).prePing(true).resetOnReturn(ResetOnReturn.COMMIT)
                .echoPool(Echo.ON).loggingName("configured").leakDetectionThreshold(Duration.ofSeconds(9)).build());
        try {
            PoolConfig config = engine.pool().config();
            assertThat(config.size()).isEqualTo(3);
            assertThat(config.maxOverflow()).isEqualTo(2);
            assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(7));
            assertThat(config.recycle()).isEqualTo(Duration.ofMinutes(5));
            assertThat(config.prePing()).isTrue();
            assertThat(config.resetOnReturn()).isEqualTo(ResetOnReturn.COMMIT);
            assertThat(config.echo()).isEqualTo(Echo.ON);
            assertThat(config.dialect()).isSameAs(engine.dialect());
            assertThat(config.loggingName()).isEqualTo("configured");
            assertThat(config.leakDetectionThreshold()).isEqualTo(Duration.ofSeconds(9));
            // reset on return COMMIT: closing with a transaction in progress commits it
            try (Connection c = engine.connect()) {
                c.begin();
                c.execute("insert into users values (2, 'jill')");
            }
            assertThat(db.count("users")).isEqualTo(2);
        } finally {
            engine.dispose();
        }
    }

    @Test
    void aPoolFactoryOrPoolClassMakesThePool() {
        Engine engine = db.engine(EngineOptions.builder().poolFactory(NullPool::new).build());
        Engine byClass = db.engine(EngineOptions.builder().poolClass(NullPool.class).build());
        try {
            assertThat(engine.pool()).isInstanceOf(NullPool.class);
            assertThat(byClass.pool()).isInstanceOf(NullPool.class);
            assertThat(engine.execute("select name from users").scalar()).isEqualTo("jack");
            assertThat(engine.pool().statistics().checkedIn()).as("a null pool keeps nothing").isZero();
        } finally {
            engine.dispose();
            byClass.dispose();
        }
    }

    @Test
    void echoLogsStatementsWithTheirParameters() {
        try (LogCapture log = new LogCapture()) {
            Engine engine = db.engine(EngineOptions.builder().echo(Echo.ON).build());
            try {
                engine.execute("select name from users where id = :id", Map.of("id", 1)).all();
            } finally {
                engine.dispose();
            }
            assertThat(log.text()).contains("org.athanor.engine.Engine")
                    .contains("select name from users where id = ? [parameters: (1)]")
                    .doesNotContain("Row ('jack')");
        }
    }

    @Test
    void echoDebugAlsoLogsResultRows() {
        try (LogCapture log = new LogCapture()) {
            Engine engine = db.engine(EngineOptions.builder().echo(Echo.DEBUG).loggingName("mydb").build());
            try {
                engine.execute("select id, name from users").all();
            } finally {
                engine.dispose();
            }
            assertThat(log.text()).contains("org.athanor.engine.Engine.mydb").contains("Col ('id', 'name')")
                    .contains("Row (1, 'jack')");
        }
    }

    @Test
    void echoNeverShowsThePassword() {
        Athanor.registry().register("oracle.ansitest", AnsiDialect::new);
        try (LogCapture log = new LogCapture()) {
            Engine engine = Athanor.createEngine("oracle+ansitest://scott:s3cr3tpw@/" + db.file(),
                    EngineOptions.builder().echo(Echo.DEBUG).echoPool(Echo.DEBUG).build());
            try {
                engine.execute("select 1").all();
                assertThat(engine.toString()).doesNotContain("s3cr3tpw");
            } finally {
                engine.dispose();
            }
            assertThat(log.text()).doesNotContain("s3cr3tpw");
        } finally {
            Athanor.registry().unregister("oracle.ansitest");
        }
    }

    @Test
    void moduleIsChosenByTheQualifiedName() {
        // module=... : the driver is chosen by the qualified name, sqlite+xerial (the default for sqlite://)
        Engine engine = Athanor.createEngine("sqlite+xerial:///" + db.file());
        try {
            assertThat(engine.dialect()).isInstanceOf(SQLiteDialect.class);
            assertThat(engine.dialect().qualifiedName()).isEqualTo("sqlite+xerial");
            assertThat(engine.execute("select name from users").scalar()).isEqualTo("jack");
        } finally {
            engine.dispose();
        }
    }

    @Test
    void dialectOptionsReachTheDialectAndUnknownOnesAreRejected() {
        // create_engine('oracle://...', use_ansi=False)
        Athanor.registry().register("oracle.ansitest", AnsiDialect::new);
        try {
            String url = "oracle+ansitest:///" + db.file();
            Engine engine = Athanor.createEngine(url, EngineOptions.builder().dialectOption("use_ansi", false).build());
            assertThat(((AnsiDialect) engine.dialect()).useAnsi()).isFalse();
            engine.dispose();
            Engine fromMap = Athanor.createEngine(url, EngineOptions.fromMap(Map.of("use_ansi", "false")));
            assertThat(((AnsiDialect) fromMap.dialect()).useAnsi()).isFalse();
            fromMap.dispose();
            assertThatThrownBy(() -> Athanor.createEngine(url, EngineOptions.builder().dialectOption("use_oids", true)
                    .build())).isInstanceOf(ArgumentException.class).hasMessageContaining("use_oids")
                    .hasMessageContaining("use_ansi");
        } finally {
            Athanor.registry().unregister("oracle.ansitest");
        }
    }

    @Test
    void optionsFromAStringMap() {
        EngineOptions options = EngineOptions.fromMap(Map.of("pool_size", "2", "max_overflow", "0",
                "echo", "true", "strategy", "threadlocal", "connect_args.foreign_keys", "true"));
        Engine engine = db.engine(options);
        try {
            assertThat(engine.pool().statistics().size()).isEqualTo(2);
            assertThat(engine.options().strategy()).isEqualTo(Strategy.THREADLOCAL);
            engine.execute("create table child (parent integer references users(id))");
            // connect_args reach the driver: foreign keys are enforced
            assertThatThrownBy(() -> engine.execute("insert into child values (99)"))
                    .isInstanceOf(IntegrityException.class);
        } finally {
            engine.dispose();
        }
    }

    @Test
    void anInvalidIsolationLevelIsRejectedWhenTheEngineIsCreated() {
        assertThatThrownBy(() -> db.engine(EngineOptions.builder().isolationLevel("read committed").build()))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("READ COMMITTED")
                .hasMessageContaining("SERIALIZABLE");
    }
}
