package org.athanor.engine.impl.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One hold on a {@link ConnectionCore}: a connection handle, a connectionless result (close-with-result), or
 * a threadlocal engine transaction holds one. The core returns its driver connection to the pool when its
 * last lease is released. Releasing is idempotent, so the reclaimer and an explicit close may both call it.
 *
 * <p>A connection handle's lease is also the handle's {@link Reclaimer.Tracked} reference: if the handle
 * becomes unreachable unreleased, {@link #reclaim()} releases the lease with a warning naming where the
 * connection was checked out. One object per checkout does both jobs.
 *
 * <p>Thread-safe.
 */
final class Lease extends Reclaimer.Tracked {
    private static final VarHandle RELEASED;

    static {
        try {
            RELEASED = MethodHandles.lookup().findVarHandle(Lease.class, "released", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ConnectionCore core;
    /** Whether a handle holds this lease: then released means no longer tracked, and no flag is needed. */
    private final boolean tracked;
    /** For a lease that is not tracked: whether it was released. */
    @SuppressWarnings("unused")
    private volatile boolean released;

    /**
     * Creates a lease; the core has already counted it.
     *
     * @param core the core
     * @param holder the connection handle whose lease this is, tracked until released; {@code null} for a
     *     lease that is handed to a result or is otherwise not tracked
     */
    Lease(ConnectionCore core, Object holder) {
        super(holder);
        this.core = core;
        this.tracked = holder != null;
        if (tracked) {
            track();
        }
    }

    ConnectionCore core() {
        return core;
    }

    boolean isReleased() {
        return tracked ? !isTracked() : released;
    }

    /**
     * Releases the hold, once.
     *
     * @return whether this call released it (false if it was already released)
     */
    boolean release() {
        if (tracked ? untrack() : RELEASED.compareAndSet(this, false, true)) {
            core.releaseHold();
            return true;
        }
        return false;
    }

    /**
     * The handle became unreachable without being closed (the reclaimer untracked this lease, which makes it
     * released): return its connection with a warning.
     */
    @Override
    void reclaim() {
        Reclaimer.warn(core, "A Connection to " + core.engine().url() + " was never closed; it was returned to"
                + " the pool when it became unreachable. It was checked out at " + Origin.describe(core.origin())
                + ". Close connections, best with try-with-resources.");
        core.releaseHold();
    }
}
