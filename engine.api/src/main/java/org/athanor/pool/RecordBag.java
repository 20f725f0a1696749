package org.athanor.pool;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The lock-light heart of {@link QueuePool}: the pool's records, which of them are idle, how many slots
 * (open or opening connections) are taken, and the threads waiting for one.
 *
 * <p>Design (after the idea of HikariCP's ConcurrentBag, written anew for SQLAlchemy's accounting). Every
 * record of the pool sits in a copy-on-write array, changed only when a connection is created or dropped.
 * Whether a record is idle is its own {@code state}: a checkout scans the array (starting at a place that
 * depends on the calling thread, so a thread tends to get back the record it returned last and threads
 * spread over the records) and takes the first idle record by compare-and-set; a checkin writes the state
 * back. Neither takes a lock or allocates. Slots are counted by an atomic integer, changed only when a
 * connection is created or dropped, which is what bounds the pool to {@code size + maxOverflow}.
 *
 * <p>A thread that finds nothing idle and no free slot enqueues itself as a {@link Waiter} in a FIFO
 * deque and parks. A checkin that sees waiters hands its record directly to the first one (it never
 * becomes idle, so a newcomer cannot take it first); a dropped connection wakes the first waiter to
 * create one in the freed slot. Lost wake-ups are excluded by ordering: a waiter enqueues itself before it
 * looks for idle records and free slots, and a checkin publishes the idle state (or a release the freed
 * slot) before it looks for waiters, so one of the two always sees the other.
 *
 * <p>Thread-safe.
 */
final class RecordBag {
    /** What {@link #await} returns when it reserved a slot for the caller to create a connection in. */
    static final Object SLOT = new Object();
    private static final Object SIGNAL = new Object();
    private static final Object CANCELLED = new Object();
    private static final ConnectionRecord[] EMPTY = {};

    private final int capacity;
    private volatile ConnectionRecord[] records = EMPTY;
    private final AtomicInteger slots = new AtomicInteger();
    private final ConcurrentLinkedDeque<Waiter> waiters = new ConcurrentLinkedDeque<>();

    /** @param capacity the most slots at once ({@link Integer#MAX_VALUE} for no limit) */
    RecordBag(int capacity) {
        this.capacity = capacity;
    }

    /** Takes an idle record, or returns {@code null} if none is idle. */
    ConnectionRecord borrow() {
        ConnectionRecord[] rs = records;
        int n = rs.length;
        if (n == 0) {
            return null;
        }
        int i = (System.identityHashCode(Thread.currentThread()) & 0x7fffffff) % n;
        for (int k = 0; k < n; k++) {
            ConnectionRecord r = rs[i];
            if (r.state() == ConnectionRecord.IDLE && r.casState(ConnectionRecord.IDLE, ConnectionRecord.IN_USE)) {
                return r;
            }
            if (++i == n) {
                i = 0;
            }
        }
        return null;
    }

    /** Takes a free slot if there is one; the caller must then {@link #add} a record or {@link #release}. */
    boolean reserve() {
        for (;;) {
            int s = slots.get();
            if (s >= capacity) {
                return false;
            }
            if (slots.compareAndSet(s, s + 1)) {
                return true;
            }
        }
    }

    /** Gives a slot back (its connection failed to open, or its record left) and wakes a waiter. */
    void release() {
        slots.decrementAndGet();
        signalNext();
    }

    /** Wakes the first waiter to look again for an idle record or a free slot. */
    private void signalNext() {
        Waiter w;
        while ((w = waiters.pollFirst()) != null) {
            if (w.offer(SIGNAL)) {
                return;
            }
        }
    }

    /** Adds a record, held by the caller, that was created in a reserved slot. */
    synchronized void add(ConnectionRecord r) {
        records = CopyOnWrite.with(records, r);
    }

    /** Removes a record (held by the caller, or already marked REMOVED by it) and frees its slot. */
    void remove(ConnectionRecord r) {
        r.setState(ConnectionRecord.REMOVED);
        synchronized (this) {
            records = CopyOnWrite.without(records, r);
        }
        release();
    }

    /** Returns a record held by the caller: to the first waiter if any, otherwise to the idle records. */
    void requite(ConnectionRecord r) {
        for (;;) {
            if (!waiters.isEmpty() && handOff(r)) {
                return;
            }
            r.setState(ConnectionRecord.IDLE);
            if (waiters.isEmpty()) {
                return; // a waiter enqueued from now on finds r in its scan
            }
            // a waiter may have scanned before r was idle and be parked: take r back and hand it over
            if (!r.casState(ConnectionRecord.IDLE, ConnectionRecord.IN_USE)) {
                return; // someone took it
            }
        }
    }

    private boolean handOff(ConnectionRecord r) {
        Waiter w;
        while ((w = waiters.pollFirst()) != null) {
            if (w.offer(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits for a record to be handed over or a slot to be freed.
     *
     * @param timeoutNanos how long to wait
     * @return a record now held by the caller, {@link #SLOT} if a slot was reserved for the caller, or
     *     {@code null} if the time ran out first
     * @throws InterruptedException if the thread was interrupted while waiting
     */
    Object await(long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        Waiter w = new Waiter();
        waiters.offerLast(w);
        for (;;) {
            ConnectionRecord r = borrow();
            if (r != null) {
                return leave(w, r);
            }
            if (reserve()) {
                return leave(w, SLOT);
            }
            for (;;) {
                Object x = w.item;
                if (x == SIGNAL) {
                    w.item = null; // out of the deque (the signaller polled it): back in at the front
                    waiters.offerFirst(w);
                    break;
                }
                if (x != null) {
                    return x;
                }
                long remaining = deadline - System.nanoTime();
                boolean interrupted = Thread.interrupted();
                if (remaining <= 0 || interrupted) {
                    if (w.cancel()) {
                        waiters.remove(w);
                        if (interrupted) {
                            throw new InterruptedException();
                        }
                        return null;
                    }
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    continue; // something arrived just now: take it
                }
                LockSupport.parkNanos(this, remaining);
            }
        }
    }

    /** Leaves the queue holding {@code got}; passes on anything handed to the waiter meanwhile. */
    private Object leave(Waiter w, Object got) {
        if (w.cancel()) {
            waiters.remove(w);
            return got;
        }
        Object x = w.item;
        if (x == SIGNAL) {
            signalNext(); // we no longer need the wake-up: pass it on
            return got;
        }
        // a record was handed over while we helped ourselves: keep it, give back what we took
        if (got == SLOT) {
            release();
        } else {
            requite((ConnectionRecord) got);
        }
        return x;
    }

    /** Records idle now. */
    int idleCount() {
        int n = 0;
        for (ConnectionRecord r : records) {
            if (r.state() == ConnectionRecord.IDLE) {
                n++;
            }
        }
        return n;
    }

    /**
     * Tells whether more than {@code keep} records are idle now, reading only as many records' states as it
     * takes to know (every return to a pool with overflow asks, and each state read may be a cache miss on a
     * record another thread just used).
     */
    boolean moreIdleThan(int keep) {
        ConnectionRecord[] rs = records;
        int enoughBusy = rs.length - keep; // this many in use leave at most keep idle
        if (enoughBusy <= 0) {
            return false;
        }
        int idle = 0;
        int busy = 0;
        for (ConnectionRecord r : rs) {
            if (r.state() == ConnectionRecord.IDLE) {
                if (++idle > keep) {
                    return true;
                }
            } else if (++busy >= enoughBusy) {
                return false;
            }
        }
        return false;
    }

    /** Slots taken now (records plus connections being opened). */
    int slots() {
        return slots.get();
    }

    /** Whether any thread is waiting. */
    boolean hasWaiters() {
        return !waiters.isEmpty();
    }

    /**
     * Takes idle records out of the bag so that at most {@code keep} stay idle, preferring {@code first};
     * the caller closes them.
     *
     * @return the records taken out, or {@code null} if none (the common case, which allocates nothing)
     */
    List<ConnectionRecord> trimIdle(int keep, ConnectionRecord first) {
        if (!moreIdleThan(keep)) {
            return null; // decided without the lock
        }
        List<ConnectionRecord> out = null;
        synchronized (this) {
            int excess = idleCount() - keep;
            if (excess > 0 && first.casState(ConnectionRecord.IDLE, ConnectionRecord.REMOVED)) {
                out = new ArrayList<>(excess);
                out.add(first);
                excess--;
            }
            for (ConnectionRecord r : records) {
                if (excess <= 0) {
                    break;
                }
                if (r.casState(ConnectionRecord.IDLE, ConnectionRecord.REMOVED)) {
                    if (out == null) {
                        out = new ArrayList<>(excess);
                    }
                    out.add(r);
                    excess--;
                }
            }
        }
        if (out != null) {
            for (ConnectionRecord r : out) {
                remove(r);
            }
        }
        return out;
    }

    /** Takes every idle record out of the bag (dispose); the caller closes them. */
    List<ConnectionRecord> drainIdle() {
        List<ConnectionRecord> out = new ArrayList<>();
        for (ConnectionRecord r : records) {
            if (r.casState(ConnectionRecord.IDLE, ConnectionRecord.REMOVED)) {
                out.add(r);
            }
        }
        for (ConnectionRecord r : out) {
            remove(r);
        }
        return out;
    }

    /** A thread waiting for a record; {@code item} is set once, by whoever serves or cancels it. */
    private static final class Waiter {
        private static final VarHandle ITEM;

        static {
            try {
                ITEM = MethodHandles.lookup().findVarHandle(Waiter.class, "item", Object.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final Thread thread = Thread.currentThread();
        volatile Object item;

        /** Serves the waiter; false if it was already served or cancelled. */
        boolean offer(Object x) {
            if (ITEM.compareAndSet(this, null, x)) {
                LockSupport.unpark(thread);
                return true;
            }
            return false;
        }

        boolean cancel() {
            return ITEM.compareAndSet(this, null, CANCELLED);
        }
    }
}
