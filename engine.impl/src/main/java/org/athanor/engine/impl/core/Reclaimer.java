package org.athanor.engine.impl.core;

import java.lang.ref.Cleaner;

/**
 * Returns connections that their users forgot to close: the {@link Cleaner} shared by every engine, and the
 * action registered for each connection handle. The action holds the handle's {@link Lease} (and through it
 * the core), never the handle itself, so the handle can become unreachable; when it does without having been
 * closed, the action releases the lease and logs a warning that names where the connection was checked out
 * (seed 001: "SQLAlchemy achieves this by the usage of weakref callbacks - never the __del__ method").
 *
 * <p>Thread-safe. Cleaner actions run on the Cleaner's own thread.
 */
final class Reclaimer {
    static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "athanor-reclaimer");
        t.setDaemon(true);
        return t;
    });

    private Reclaimer() {
    }

    /**
     * Registers a connection handle.
     *
     * @param handle the handle
     * @param lease its lease
     * @return the cleanable; {@code clean()} it when the handle is closed
     */
    static Cleaner.Cleanable register(Object handle, Lease lease) {
        return CLEANER.register(handle, new ConnectionAction(lease));
    }

    /** Releases a forgotten connection handle's lease with a warning. */
    private static final class ConnectionAction implements Runnable {
        private final Lease lease;

        ConnectionAction(Lease lease) {
            this.lease = lease;
        }

        @Override
        public void run() {
            if (lease.isReleased()) {
                return;
            }
            ConnectionCore core = lease.core();
            warn(core, "A Connection to " + core.engine().url() + " was never closed; it was returned to the pool"
                    + " when it became unreachable. It was checked out at " + Origin.describe(core.origin())
                    + ". Close connections, best with try-with-resources.");
            lease.release();
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
}
