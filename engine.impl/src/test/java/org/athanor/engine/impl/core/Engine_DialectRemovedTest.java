package org.athanor.engine.impl.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.impl.EngineFactoryImpl;
import org.athanor.engine.impl.registry.DialectRegistryImpl;
import org.athanor.engine.impl.registry.Registration;
import org.athanor.engine.impl.testing.TestSqliteDialect;
import org.athanor.exc.DialectUnavailableException;
import org.athanor.pool.ConnectionCreator;
import org.athanor.pool.PoolStatistics;
import org.athanor.pool.QueuePool;
import org.junit.jupiter.api.Test;

/**
 * An engine whose dialect goes away while checkouts wait in its pool: they fail with the dialect's error and
 * open no driver connection (see {@link DialectGuardedCreator}).
 */
class Engine_DialectRemovedTest {
    private static final long BOUND_MILLIS = 10_000;

    private final DialectRegistryImpl registry = new DialectRegistryImpl(false, List.of());
    private final EngineFactoryImpl factory = new EngineFactoryImpl(registry);
    private final AtomicInteger opened = new AtomicInteger();
    private final ConnectionCreator creator = () -> {
        opened.incrementAndGet();
        return new org.sqlite.JDBC().connect("jdbc:sqlite::memory:", new Properties());
    };

    @Test
    void aCheckoutWaitingInThePoolWhenTheDialectLeavesFailsWithoutOpeningAConnection() throws Exception {
        Registration registration = registry.addProvided("bundle", "sqlite", "leaving", true, 0,
                TestSqliteDialect::new);
        Engine engine = factory.createEngine("sqlite+leaving://", EngineOptions.builder().poolClass(QueuePool.class)
                .poolSize(1).maxOverflow(0).poolTimeout(Duration.ofSeconds(60)).creator(creator).build());
        Connection held = engine.connect();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try (Connection c = engine.connect()) {
                c.execute("select 1").close();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "waiter");
        waiter.start();
        awaitParkedInThePool(waiter);

        registry.removeProvided(registration);
        held.close();
        waiter.join(BOUND_MILLIS);

        assertThat(waiter.isAlive()).as("the waiting checkout ended").isFalse();
        assertThat(failure.get()).isExactlyInstanceOf(DialectUnavailableException.class)
                .hasMessageContaining("sqlite+leaving");
        assertThat(opened).as("driver connections opened").hasValue(1);
        PoolStatistics stats = engine.pool().statistics();
        assertThat(stats.checkedOut()).isZero();
        assertThat(stats.checkedIn()).isZero();
    }

    @Test
    void withItsDialectPresentTheEngineOpensConnectionsThroughItsCreator() {
        registry.addProvided("bundle", "sqlite", "staying", true, 0, TestSqliteDialect::new);
        try (Engine engine = factory.createEngine("sqlite+staying://", EngineOptions.builder().creator(creator)
                .build())) {
            assertThat(engine.execute("select 1").scalar()).isEqualTo(1);
        }
        assertThat(opened).hasValue(1);
    }

    private static void awaitParkedInThePool(Thread t) throws InterruptedException {
        long deadline = System.currentTimeMillis() + BOUND_MILLIS;
        while (!(t.getState() == Thread.State.TIMED_WAITING && Arrays.stream(t.getStackTrace())
                .anyMatch(e -> e.getClassName().endsWith("RecordBag")))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The checkout never waited in the pool");
            }
            Thread.sleep(5);
        }
    }
}
