package org.athanor.dialect.sqlite.seed;

import org.athanor.dialect.sqlite.SQLiteDialect;

/**
 * A dialect found through ServiceLoader under a name of its own ({@code foodialect+foo}), as seed 001's
 * {@code foodialect = foodialect.dialect:FooDialect} entry point (this module's test
 * {@code META-INF/services}). It is the real SQLite dialect underneath.
 *
 * <p>Thread-safe after configuration.
 */
public class FooServiceDialect extends SQLiteDialect {
    @Override
    public String name() {
        return "foodialect";
    }

    @Override
    public String driver() {
        return "foo";
    }

    @Override
    public int ranking() {
        return 0;
    }
}
