package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.athanor.engine.EngineOptions;
import org.athanor.exc.ArgumentException;
import org.athanor.testing.LogCapture;
import org.junit.jupiter.api.Test;

class Pool_LeakDetectionTest {
    private static final String LEAK = "may have leaked";
    private final StubDatabase db = new StubDatabase();

    private QueuePool pool(Duration threshold) {
        return new QueuePool(db.creator(), PoolConfig.builder().leakDetectionThreshold(threshold).build());
    }

    @Test
    void aConnectionHeldPastTheThresholdIsReportedWithTheStackOfItsCheckout() {
        QueuePool pool = pool(Duration.ofMillis(50));
        try (LogCapture log = LogCapture.start()) {
            PooledConnection h = holdTooLong(pool);
            assertThat(log.await(t -> t.contains(LEAK) && t.contains("holdTooLong"), Duration.ofSeconds(10)))
                    .as(log.text()).isTrue();
            assertThat(log.text()).contains("WARN").contains("longer than the leak detection threshold (PT0.05S)")
                    .contains("Connection checked out here").contains("holdTooLong")
                    .contains("checked out by thread " + Thread.currentThread().getName());

            List<Checkout> out = pool.checkouts();
            assertThat(out).hasSize(1);
            assertThat(out.get(0).reportedAsLeak()).isTrue();
            assertThat(out.get(0).stack()).anyMatch(e -> e.getMethodName().equals("holdTooLong"));

            h.close();
            assertThat(log.text()).contains("reported as a possible leak was returned by thread "
                    + Thread.currentThread().getName());
            assertThat(pool.checkouts()).isEmpty();
        }
    }

    private static PooledConnection holdTooLong(Pool pool) {
        return pool.connect();
    }

    @Test
    void aConnectionReturnedInTimeCancelsItsWarning() {
        QueuePool pool = pool(Duration.ofHours(1));
        int before = LeakDetector.pending();
        for (int i = 0; i < 20; i++) {
            try (PooledConnection h = pool.connect()) {
                assertThat(LeakDetector.pending()).isEqualTo(before + 1);
            }
        }
        assertThat(LeakDetector.pending()).isEqualTo(before);
    }

    @Test
    void invalidateAndDetachEndTheCheckoutToo() throws Exception {
        QueuePool pool = pool(Duration.ofHours(1));
        int before = LeakDetector.pending();
        PooledConnection a = pool.connect();
        PooledConnection b = pool.connect();
        assertThat(pool.checkouts()).hasSize(2);
        a.invalidate(null);
        b.detach().close();
        assertThat(pool.checkouts()).isEmpty();
        assertThat(LeakDetector.pending()).isEqualTo(before);
    }

    @Test
    void withoutAThresholdCheckoutsShowHolderAndTimeButNoStack() throws Exception {
        QueuePool pool = new QueuePool(db.creator(), PoolConfig.defaults());
        Instant start = Instant.now().minusMillis(1);
        CountDownLatch held = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Thread[] holders = new Thread[2];
        for (int i = 0; i < 2; i++) {
            holders[i] = new Thread(() -> {
                try (PooledConnection h = pool.connect()) {
                    held.countDown();
                    Threads.await(release);
                }
            }, "holder-" + i);
            holders[i].start();
        }
        Threads.await(held);
        try {
            List<Checkout> out = pool.checkouts();
            assertThat(out).extracting(Checkout::thread).containsExactlyInAnyOrder("holder-0", "holder-1");
            assertThat(out).allSatisfy(c -> {
                assertThat(c.stack()).isEmpty();
                assertThat(c.reportedAsLeak()).isFalse();
                // without leak detection the time comes from the coarse clock: at most a tick (plus a late
                // wake-up of its thread) before the checkout
                assertThat(c.since()).isAfterOrEqualTo(start.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                        .minusMillis(CoarseClock.TICK_MILLIS + 200));
                assertThat(c.connection()).startsWith("$Proxy").doesNotContain("password");
                assertThat(c.heldAt(c.since().minusSeconds(1))).isZero();
            });
            assertThat(out.get(0).since()).isBeforeOrEqualTo(out.get(1).since());
        } finally {
            release.countDown();
            for (Thread t : holders) {
                t.join();
            }
        }
        assertThat(pool.checkouts()).isEmpty();
    }

    @Test
    void aTrackedCheckoutOfAnotherPoolKindWorksToo() {
        NullPool pool = new NullPool(db.creator(), PoolConfig.builder().leakDetectionThreshold(Duration.ofHours(1))
                .build());
        try (PooledConnection h = pool.connect()) {
            assertThat(pool.checkouts()).singleElement().satisfies(c -> assertThat(c.stack()).isNotEmpty());
        }
        assertThat(pool.checkouts()).isEmpty();
    }

    @Test
    void theThresholdMustBePositive() {
        assertThatThrownBy(() -> PoolConfig.builder().leakDetectionThreshold(Duration.ZERO).build())
                .isInstanceOf(ArgumentException.class).hasMessageContaining("leakDetectionThreshold");
        assertThatThrownBy(() -> EngineOptions.builder().leakDetectionThreshold(Duration.ofSeconds(-1)))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("leakDetectionThreshold");
        assertThat(PoolConfig.defaults().leakDetectionThreshold()).isNull();
        assertThat(PoolConfig.builder().leakDetectionThreshold(Duration.ofSeconds(2)).build().toBuilder().build()
                .leakDetectionThreshold()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void engineOptionsTakeTheThresholdFromConfiguration() {
        assertThat(EngineOptions.fromMap(Map.of("leak_detection_threshold", "2.5")).leakDetectionThreshold())
                .isEqualTo(Duration.ofMillis(2500));
        assertThat(EngineOptions.fromMap(Map.of("leakDetectionThreshold", "PT1M")).leakDetectionThreshold())
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(EngineOptions.fromMap(Map.of("leak_detection_threshold", 0)).leakDetectionThreshold()).isNull();
        assertThat(EngineOptions.defaults().leakDetectionThreshold()).isNull();
        assertThat(EngineOptions.builder().leakDetectionThreshold(Duration.ofSeconds(3)).build().toBuilder().build()
                .leakDetectionThreshold()).isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> EngineOptions.fromMap(Map.of("leak_detection_threshold", "soon")))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("leak_detection_threshold");
    }
}
