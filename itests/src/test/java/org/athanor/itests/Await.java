package org.athanor.itests;

import java.util.function.BooleanSupplier;

/**
 * Bounded waits for what the framework does on other threads (Configuration Admin's deliveries, a refresh). A
 * wait that runs out fails the test with what it was waiting for; it never measures speed.
 *
 * <p>Stateless and thread-safe.
 */
final class Await {
    private static final long LIMIT_MILLIS = 20_000;

    private Await() {
    }

    /**
     * Waits until the condition holds.
     *
     * @param what what is awaited, for the failure message
     * @param condition the condition
     */
    static void until(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + LIMIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Gave up waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
