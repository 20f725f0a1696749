package org.athanor.engine.impl.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.athanor.engine.impl.testing.Gc;
import org.junit.jupiter.api.Test;

/** The reclaimer's tracked references: tracked until untracked once, from any thread; reclaimed only if lost. */
class Reclaimer_TrackingTest {
    /** A tracked reference that counts its reclamations. */
    static final class Counting extends Reclaimer.Tracked {
        final AtomicInteger reclaimed;

        Counting(Object referent, AtomicInteger reclaimed) {
            super(referent);
            this.reclaimed = reclaimed;
        }

        @Override
        void reclaim() {
            reclaimed.incrementAndGet();
        }
    }

    @Test
    void onlyTheFirstUntrackCounts() {
        Object holder = new Object();
        Counting t = new Counting(holder, new AtomicInteger());
        assertThat(t.isTracked()).isFalse();
        assertThat(t.untrack()).as("never tracked").isFalse();
        t.track();
        assertThat(t.isTracked()).isTrue();
        assertThat(t.untrack()).isTrue();
        assertThat(t.untrack()).isFalse();
        assertThat(t.isTracked()).isFalse();
    }

    @Test
    void untrackingOnAnotherThreadThanTheOneThatTracked() throws Exception {
        int n = 2000;
        List<Counting> refs = new ArrayList<>();
        List<Object> holders = new ArrayList<>();
        AtomicInteger reclaimed = new AtomicInteger();
        Thread[] trackers = new Thread[4];
        for (int k = 0; k < trackers.length; k++) {
            List<Counting> mine = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Object h = new Object();
                holders.add(h);
                mine.add(new Counting(h, reclaimed));
            }
            refs.addAll(mine);
            trackers[k] = new Thread(() -> mine.forEach(Reclaimer.Tracked::track));
        }
        for (Thread t : trackers) {
            t.start();
        }
        for (Thread t : trackers) {
            t.join();
        }
        assertThat(refs).allMatch(Reclaimer.Tracked::isTracked);
        // two threads race to untrack every reference: each is untracked exactly once
        AtomicInteger wins = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        Runnable untrackAll = () -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (Counting c : refs) {
                if (c.untrack()) {
                    wins.incrementAndGet();
                }
            }
        };
        Thread a = new Thread(untrackAll);
        Thread b = new Thread(untrackAll);
        a.start();
        b.start();
        go.countDown();
        a.join();
        b.join();
        assertThat(wins.get()).isEqualTo(refs.size());
        assertThat(refs).noneMatch(Reclaimer.Tracked::isTracked);
        holders.clear();
        System.gc();
        assertThat(reclaimed.get()).as("untracked references are never reclaimed").isZero();
    }

    @Test
    void aLostReferentIsReclaimedOnceAndAnUntrackedOneNever() {
        AtomicInteger lost = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        List<Counting> keep = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            new Counting(new Object(), lost).track();
            Counting c = new Counting(new Object(), closed);
            c.track();
            c.untrack();
            keep.add(c);
        }
        assertThat(Gc.until(() -> lost.get() == 100)).isTrue();
        assertThat(lost.get()).isEqualTo(100);
        assertThat(closed.get()).isZero();
        assertThat(keep).noneMatch(Reclaimer.Tracked::isTracked);
    }
}
