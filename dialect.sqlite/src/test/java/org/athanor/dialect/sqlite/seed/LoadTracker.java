package org.athanor.dialect.sqlite.seed;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Records whether {@link FooDialect}'s class was initialized, without initializing it.
 *
 * <p>Thread-safe.
 */
public final class LoadTracker {
    /** Set when FooDialect is loaded and initialized. */
    public static final AtomicBoolean FOO_LOADED = new AtomicBoolean();

    private LoadTracker() {
    }
}
