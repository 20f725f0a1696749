package org.athanor.engine.impl.core;

import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;

/**
 * Returns connections and results that their users forgot to close (seed 001: "SQLAlchemy achieves this by
 * the usage of weakref callbacks - never the __del__ method"). Each connection handle's {@link Lease} and
 * each result's {@link ResultResources} is a {@link Tracked} phantom reference to the object the user holds;
 * it never references that object itself, so the object can become unreachable. When it does before it was
 * closed, the reclaimer's thread runs {@link Tracked#reclaim()}, which releases what it held and logs a
 * warning naming where the connection was checked out.
 *
 * <p>Why not {@link java.lang.ref.Cleaner}: a Cleaner keeps its registrations in one list under one lock, so
 * on a busy server every checkout and every return contends on it, and its {@code clean()} clears the
 * reference with a native call. Here the registrations are kept in stripes chosen by the registering thread
 * (a thread almost always closes what it opened, so the stripe's spin lock is uncontended), and a reference
 * closed explicitly is only unlinked: it becomes garbage with its referent, and the garbage collector never
 * enqueues it.
 *
 * <p>Thread-safe. Reclamation runs on the daemon thread {@value #THREAD_NAME}.
 */
final class Reclaimer {
    /** The name of the thread that reclaims. */
    static final String THREAD_NAME = "athanor-reclaimer";

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final Stripe[] STRIPES;
    private static final int MASK;

    static {
        int n = Integer.highestOneBit(Math.max(8, Runtime.getRuntime().availableProcessors() * 4) - 1) << 1;
        STRIPES = new Stripe[n];
        for (int i = 0; i < n; i++) {
            STRIPES[i] = new Stripe();
        }
        MASK = n - 1;
        Thread t = new Thread(Reclaimer::reclaimForever, THREAD_NAME);
        t.setDaemon(true);
        t.start();
    }

    private Reclaimer() {
    }

    private static void reclaimForever() {
        for (;;) {
            try {
                Tracked t = (Tracked) QUEUE.remove();
                if (t.untrack()) {
                    t.reclaim();
                }
            } catch (InterruptedException e) {
                // nobody interrupts this thread on purpose; keep reclaiming
            } catch (RuntimeException | LinkageError | AssertionError e) {
                // a failing reclamation must not stop the others (as with a Cleaner, its error is dropped)
            }
        }
    }

    static void warn(ConnectionCore core, String message) {
        Origin.leakReported();
        Throwable trace = Origin.trace(core.origin());
        if (trace != null) {
            core.engine().log().logger().warn(message, trace);
        } else {
            core.engine().log().logger().warn(message);
        }
    }

    /**
     * A phantom reference to something a user holds, reclaimed if the referent becomes unreachable while the
     * reference is tracked. Between {@link #track()} and {@link #untrack()} it sits in a stripe's list, which
     * keeps it reachable; afterwards nothing does, and it is collected with its referent.
     *
     * <p>Thread-safe: track and untrack may run on different threads; only the first untrack counts.
     */
    abstract static class Tracked extends PhantomReference<Object> {
        private Tracked prev;
        private Tracked next;
        /** The stripe holding this reference while tracked; {@code null} before and after. */
        private Stripe stripe;

        /**
         * Creates the reference; it is tracked only once {@link #track()} is called.
         *
         * @param referent what the user holds, or {@code null} for a reference that is never tracked
         */
        Tracked(Object referent) {
            super(referent, referent == null ? null : QUEUE);
        }

        /** Starts tracking: from now on the referent becoming unreachable runs {@link #reclaim()}. */
        final void track() {
            Stripe s = STRIPES[(int) Thread.currentThread().getId() & MASK];
            s.lock();
            try {
                stripe = s;
                Tracked h = s.head;
                next = h;
                if (h != null) {
                    h.prev = this;
                }
                s.head = this;
            } finally {
                s.unlock();
            }
        }

        /**
         * Tells whether the reference is tracked now (a racy read: exact on the thread that tracks and
         * untracks it).
         *
         * @return whether tracked
         */
        final boolean isTracked() {
            return stripe != null;
        }

        /**
         * Stops tracking.
         *
         * @return whether this call stopped it (false if it was not tracked, or no longer)
         */
        final boolean untrack() {
            Stripe s = stripe; // racy read; confirmed under the lock
            if (s == null) {
                return false;
            }
            s.lock();
            try {
                if (stripe != s) {
                    return false;
                }
                Tracked p = prev;
                Tracked n = next;
                if (p == null) {
                    s.head = n;
                } else {
                    p.next = n;
                }
                if (n != null) {
                    n.prev = p;
                }
                prev = null;
                next = null;
                stripe = null;
                return true;
            } finally {
                s.unlock();
            }
        }

        /** Runs on the reclaimer's thread when the referent became unreachable while tracked. */
        abstract void reclaim();
    }

    /**
     * One list of tracked references and the lock guarding it. The padding after the fields keeps the locks
     * of stripes allocated one after the other on different cache lines.
     */
    @SuppressWarnings("unused")
    private static final class Stripe extends SpinLock {
        private Tracked head;
        private long p1, p2, p3, p4, p5, p6, p7;
    }
}
