package org.athanor.dialect.sqlite.seed;

import org.athanor.dialect.sqlite.SQLiteDialect;

/**
 * Seed 001's {@code MyMySQLDialect}: a "MySQL" dialect for the {@code foodialect} driver, registered in-process
 * by class name; the real SQLite dialect underneath. Loading the class is recorded in {@link LoadTracker}, so a
 * test can see that the registry loads it lazily.
 *
 * <p>Thread-safe after configuration.
 */
public class FooDialect extends SQLiteDialect {
    static {
        LoadTracker.FOO_LOADED.set(true);
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public String driver() {
        return "foodialect";
    }

    @Override
    public boolean isDefaultDriver() {
        return false;
    }
}
