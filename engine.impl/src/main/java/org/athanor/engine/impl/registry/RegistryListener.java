package org.athanor.engine.impl.registry;

import org.athanor.dialect.DialectInfo;

/**
 * Hears about dialects arriving in and leaving a {@link DialectRegistryImpl}, for an OSGi tracker, a shell
 * listing or engines that must be disposed when their dialect goes.
 *
 * <p>Implementations must be thread-safe: the registry calls them on whichever thread added or removed the
 * dialect, outside its lock.
 */
public interface RegistryListener {

    /**
     * A dialect was registered.
     *
     * @param info what was registered
     */
    default void dialectAdded(DialectInfo info) {
    }

    /**
     * A dialect was removed; engines built on it have already been told.
     *
     * @param info what was removed
     */
    default void dialectRemoved(DialectInfo info) {
    }
}
