package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CoarseClockTest {

    @Test
    void readsCloseToTheSystemClockAndKeepsUp() throws InterruptedException {
        long before = System.currentTimeMillis();
        long first = CoarseClock.millis();
        long after = System.currentTimeMillis();
        assertThat(first).isBetween(before - CoarseClock.TICK_MILLIS - 200, after);
        assertThat(CoarseClock.ticking()).as("the first read starts the refreshing thread").isTrue();

        // the field advances with the system clock: 300 ms later it is no more than a tick (and a late wake-up)
        // behind, and never ahead
        TimeUnit.MILLISECONDS.sleep(300);
        long sys = System.currentTimeMillis();
        long coarse = CoarseClock.millis();
        assertThat(coarse).isGreaterThanOrEqualTo(first + 200).isLessThanOrEqualTo(System.currentTimeMillis());
        assertThat(sys - coarse).isLessThan(CoarseClock.TICK_MILLIS + 200);
    }

    @Test
    void theRefreshingThreadIsADaemonWithoutTheCallersClassLoader() {
        CoarseClock.millis();
        Thread t = Thread.getAllStackTraces().keySet().stream()
                .filter(th -> th.getName().equals(CoarseClock.THREAD_NAME)).findFirst().orElseThrow();
        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getContextClassLoader()).isNull();
    }

    @Test
    void neverRunsBackwardsAcrossManyReads() {
        long last = 0;
        for (int i = 0; i < 1_000_000; i++) {
            long t = CoarseClock.millis();
            assertThat(t >= last).isTrue();
            last = t;
        }
    }
}
