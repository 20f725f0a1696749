package org.athanor.engine.impl.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A minimal lock for lists that one thread almost always has to itself (the reclaimer's stripes, a
 * connection's open results): taking it is one compare-and-set, releasing it one ordered store, and the rare
 * contender spins briefly, then yields. Hold it only for a few field writes.
 *
 * <p>Thread-safe.
 */
abstract class SpinLock {
    private static final VarHandle LOCKED;

    static {
        try {
            LOCKED = MethodHandles.lookup().findVarHandle(SpinLock.class, "locked", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused")
    private volatile int locked;

    final void lock() {
        if (!LOCKED.compareAndSet(this, 0, 1)) {
            contended();
        }
    }

    private void contended() {
        for (int spins = 0; !LOCKED.compareAndSet(this, 0, 1); spins++) {
            if (spins < 64) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    final void unlock() {
        LOCKED.setRelease(this, 0);
    }
}
