package org.athanor.pool;

/**
 * The wall clock to within {@link #TICK_MILLIS}, read from a field: for the time a connection was checked
 * out, which every checkout notes and almost nobody reads. Reading the system clock costs about as much as
 * the rest of a pool checkout (on a virtual machine a {@code clock_gettime} call took 25 ns, a third of a
 * checkout and return); reading this clock is one field read.
 *
 * <p>A daemon thread, {@value #THREAD_NAME}, refreshes the field every {@link #TICK_MILLIS} while the clock is
 * in use. It starts at the first read and stops by itself once nothing has read the clock for
 * {@link #IDLE_MILLIS}; a read while it is stopped returns the system clock and starts it again. Readers write
 * nothing in the steady state (a flag that the thread clears once per idle period is set again by the first
 * read after), so the field's cache line stays shared between cores.
 *
 * <p>Thread-safe.
 */
final class CoarseClock {
    /** How often the thread refreshes the time, in milliseconds. */
    static final long TICK_MILLIS = 10;
    /** How long the clock goes unread before its thread stops, in milliseconds. */
    static final long IDLE_MILLIS = 60_000;
    /** The name of the refreshing thread. */
    static final String THREAD_NAME = "athanor-pool-clock";

    /** The time of the last tick, or 0 while no thread refreshes it. */
    private static volatile long now;
    /** Whether the clock was read since the thread last cleared this. */
    private static volatile boolean wanted;
    /** The running thread, or {@code null}; guarded by the class lock. */
    private static Thread ticker;

    private CoarseClock() {
    }

    /**
     * Returns the current time in milliseconds since the epoch, at most {@link #TICK_MILLIS} (plus scheduling
     * delay) behind the system clock.
     *
     * @return the time
     */
    static long millis() {
        if (!wanted) {
            wanted = true;
        }
        long t = now;
        if (t != 0) {
            return t;
        }
        start();
        return System.currentTimeMillis();
    }

    private static synchronized void start() {
        if (ticker != null) {
            return;
        }
        Thread t = new Thread(CoarseClock::tickUntilIdle, THREAD_NAME);
        t.setDaemon(true);
        t.setContextClassLoader(null);
        ticker = t;
        now = System.currentTimeMillis();
        t.start();
    }

    private static void tickUntilIdle() {
        Thread self = Thread.currentThread();
        long ticksPerCheck = Math.max(1, IDLE_MILLIS / TICK_MILLIS);
        long ticks = 0;
        try {
            for (;;) {
                Thread.sleep(TICK_MILLIS);
                synchronized (CoarseClock.class) {
                    if (ticker != self) {
                        return;
                    }
                    if (++ticks % ticksPerCheck == 0) {
                        if (!wanted) {
                            stop();
                            return;
                        }
                        wanted = false;
                    }
                    now = System.currentTimeMillis();
                }
            }
        } catch (InterruptedException e) {
            synchronized (CoarseClock.class) {
                if (ticker == self) {
                    stop();
                }
            }
        }
    }

    /** Stops ticking; reads fall back to the system clock. Call with the class lock held. */
    private static void stop() {
        ticker = null;
        now = 0;
    }

    /**
     * Whether the refreshing thread runs now (for tests).
     *
     * @return whether it runs
     */
    static synchronized boolean ticking() {
        return ticker != null;
    }
}
