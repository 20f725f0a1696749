package org.athanor.pool;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Helpers for tests that need a thread to be waiting inside a pool. */
final class Threads {
    private Threads() {
    }

    /** Waits (up to 10 s) until {@code n} threads are parked inside the given pool's bag. */
    static void awaitParkedWaiters(Object pool, int n) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            int parked = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                Object blocker = LockSupport.getBlocker(t);
                if (blocker instanceof RecordBag && t.getState() == Thread.State.TIMED_WAITING) {
                    parked++;
                }
            }
            if (parked >= n) {
                return;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(n + " threads never waited in the pool");
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("latch never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
