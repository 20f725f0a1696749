package org.athanor.engine.impl.testing;

import java.util.function.BooleanSupplier;

/**
 * Waits for the garbage collector (and the Cleaner's thread after it) to make a condition true: asks for a
 * collection and checks, a bounded number of times. Used only where the behaviour under test is reclamation.
 *
 * <p>Stateless and thread-safe.
 */
public final class Gc {
    private Gc() {
    }

    /**
     * Collects until the condition holds or the attempts run out.
     *
     * @param condition the condition
     * @return whether it held
     */
    public static boolean until(BooleanSupplier condition) {
        for (int i = 0; i < 250; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return condition.getAsBoolean();
            }
        }
        return condition.getAsBoolean();
    }
}
