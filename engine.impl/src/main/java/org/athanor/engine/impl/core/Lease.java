package org.athanor.engine.impl.core;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One hold on a {@link ConnectionCore}: a connection handle, a connectionless result (close-with-result), or
 * a threadlocal engine transaction holds one. The core returns its driver connection to the pool when its
 * last lease is released. Releasing is idempotent, so a {@link java.lang.ref.Cleaner} action and an explicit
 * close may both call it.
 *
 * <p>Thread-safe.
 */
final class Lease {
    private final ConnectionCore core;
    private final AtomicBoolean released = new AtomicBoolean();

    Lease(ConnectionCore core) {
        this.core = core;
    }

    ConnectionCore core() {
        return core;
    }

    boolean isReleased() {
        return released.get();
    }

    /**
     * Releases the hold, once.
     *
     * @return whether this call released it (false if it was already released)
     */
    boolean release() {
        if (released.compareAndSet(false, true)) {
            core.releaseHold();
            return true;
        }
        return false;
    }
}
