package org.athanor.pool;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Warns about connections held longer than a pool's leak detection threshold (HikariCP's
 * {@code leakDetectionThreshold}): each checkout of a pool with a threshold schedules a task for when the
 * threshold passes; returning the connection cancels it; a task that runs logs a WARN with the stack of the
 * checkout.
 *
 * <p>The tasks of every pool share one daemon thread, started with the first task and ended when no task
 * has been pending for {@value #KEEP_ALIVE_SECONDS} s, so a process that never uses leak detection never
 * starts it and a stopped bundle does not keep it. Cancelled tasks leave the queue at once.
 *
 * <p>Thread-safe.
 */
final class LeakDetector {
    static final int KEEP_ALIVE_SECONDS = 10;

    private LeakDetector() {
    }

    /** The shared timer, made on first use. */
    private static final class Timer {
        static final ScheduledThreadPoolExecutor EXECUTOR = make();

        private static ScheduledThreadPoolExecutor make() {
            ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(0, r -> {
                Thread t = new Thread(r, "athanor-leak-detector");
                t.setDaemon(true);
                t.setContextClassLoader(null);
                return t;
            });
            e.setRemoveOnCancelPolicy(true);
            e.setKeepAliveTime(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
            e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            return e;
        }
    }

    /**
     * Schedules the warning for one checkout.
     *
     * @param pool the pool
     * @param record the record checked out
     * @param handle the checkout
     * @param trace the stack of the checkout
     * @param nanos the threshold
     * @return the task, to cancel when the connection comes back
     */
    static Future<?> schedule(Pool pool, ConnectionRecord record, PooledConnection handle, Throwable trace,
            long nanos) {
        return Timer.EXECUTOR.schedule(new Task(pool, record, handle, trace), nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Returns how many warnings are scheduled and not yet run or cancelled (for tests).
     *
     * @return the count
     */
    static int pending() {
        return Timer.EXECUTOR.getQueue().size();
    }

    /** The warning for one checkout, logged if it is still out when the threshold passes. */
    private static final class Task implements Runnable {
        private final Pool pool;
        private final ConnectionRecord record;
        private final PooledConnection handle;
        private final Throwable trace;

        Task(Pool pool, ConnectionRecord record, PooledConnection handle, Throwable trace) {
            this.pool = pool;
            this.record = record;
            this.handle = handle;
            this.trace = trace;
        }

        @Override
        public void run() {
            Checkout c = record.reportLeak(handle);
            if (c == null) {
                return; // returned meanwhile
            }
            pool.events.leak("Connection {} has been checked out by thread {} since {}, longer than the leak"
                    + " detection threshold ({}); it may have leaked. Close every connection you check out"
                    + " (try-with-resources). The stack of the checkout follows.", c.connection(), c.thread(),
                    c.since(), pool.config().leakDetectionThreshold(), trace);
        }
    }
}
