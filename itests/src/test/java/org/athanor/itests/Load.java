package org.athanor.itests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on an engine for the bundle-fault tests: worker threads that each repeat one unit of work until they
 * meet an error (or the load is stopped), then end by themselves. What a worker meets before
 * {@link #faultStarting()} is a failure of the test; what it meets after is kept for the test to check.
 *
 * <p>The workers are named {@value #THREAD_PREFIX}{@code <run>-<worker>}, so a test can look for any that
 * outlived their run.
 *
 * <p>Thread-safe: the workers and the test thread share it; counters and queues are concurrent.
 */
final class Load {
    /** The start of every worker thread's name. */
    static final String THREAD_PREFIX = "athanor-itest-load-";
    /** How long {@link #awaitEnd()} waits for the workers, in all, before it reports them stuck. */
    static final long END_MILLIS = 20_000;

    private static final AtomicInteger RUNS = new AtomicInteger();

    /** One unit of work: the worker's number and how many units it has finished so far. */
    @FunctionalInterface
    interface Work {
        /**
         * Does one unit of work.
         *
         * @param worker the worker's number, from 0
         * @param n the units this worker finished before
         * @throws Exception whatever the work throws; the worker records it and ends
         */
        void run(int worker, long n) throws Exception;
    }

    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong done = new AtomicLong();
    private final ConcurrentLinkedQueue<Throwable> before = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Throwable> after = new ConcurrentLinkedQueue<>();
    private volatile boolean faultStarted;
    private volatile boolean stopped;
    private volatile int waitingAtFault;

    private Load() {
    }

    /**
     * Starts the workers.
     *
     * @param count how many
     * @param work what each repeats
     * @return the running load
     */
    static Load start(int count, Work work) {
        Load load = new Load();
        int run = RUNS.incrementAndGet();
        for (int i = 0; i < count; i++) {
            int worker = i;
            Thread t = new Thread(() -> load.loop(worker, work), THREAD_PREFIX + run + "-" + i);
            t.setDaemon(true);
            load.workers.add(t);
        }
        load.workers.forEach(Thread::start);
        return load;
    }

    private void loop(int worker, Work work) {
        long n = 0;
        while (!stopped) {
            try {
                work.run(worker, n);
            } catch (Throwable t) {
                (faultStarted ? after : before).add(t);
                return;
            }
            n++;
            done.incrementAndGet();
        }
    }

    /**
     * Waits until the workers together finished at least this many units (or one of them failed).
     *
     * @param units the units
     */
    void awaitProgress(long units) {
        long target = done.get() + units;
        Await.until(units + " units of work", () -> done.get() >= target || !before.isEmpty());
        if (!before.isEmpty()) {
            stop();
            AssertionError e = new AssertionError("A worker failed before the fault: " + before.peek());
            before.forEach(e::addSuppressed);
            throw e;
        }
    }

    /** Marks the start of the fault: errors from now on are the fault's. */
    void faultStarting() {
        waitingAtFault = waitingInPool();
        faultStarted = true;
    }

    /** @return how many workers were waiting in the pool for a connection when the fault started */
    int waitingAtFault() {
        return waitingAtFault;
    }

    private int waitingInPool() {
        int n = 0;
        for (Thread t : workers) {
            if (Arrays.stream(t.getStackTrace()).anyMatch(e -> e.getClassName().endsWith(".RecordBag")
                    && e.getMethodName().equals("await"))) {
                n++;
            }
        }
        return n;
    }

    /** @return the units of work finished so far */
    long done() {
        return done.get();
    }

    /** @return the errors the workers met before the fault */
    List<Throwable> errorsBeforeFault() {
        return List.copyOf(before);
    }

    /** @return the errors the workers met after the fault started, one per worker at most */
    List<Throwable> errorsAfterFault() {
        return List.copyOf(after);
    }

    /** @return how many of each class of error the workers met after the fault */
    Map<String, Integer> errorCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        after.forEach(t -> counts.merge(t.getClass().getSimpleName(), 1, Integer::sum));
        return counts;
    }

    /**
     * Waits, {@value #END_MILLIS} ms at most in all, for every worker to end by itself.
     *
     * @return a description of each worker still alive with its stack (where it hangs), empty if none
     */
    List<String> awaitEnd() throws InterruptedException {
        long deadline = System.currentTimeMillis() + END_MILLIS;
        for (Thread t : workers) {
            t.join(Math.max(1, deadline - System.currentTimeMillis()));
        }
        List<String> stuck = new ArrayList<>();
        for (Thread t : workers) {
            if (t.isAlive()) {
                StringBuilder b = new StringBuilder(t.getName()).append(" (").append(t.getState()).append(')');
                for (StackTraceElement e : t.getStackTrace()) {
                    b.append("\n    at ").append(e);
                }
                stuck.add(b.toString());
            }
        }
        return stuck;
    }

    /** Tells the workers to end after their current unit, and waits a bounded time for them (cleanup). */
    void stop() {
        stopped = true;
        for (Thread t : workers) {
            try {
                t.join(END_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
