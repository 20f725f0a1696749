package org.athanor.engine.impl.testing;

/**
 * A dialect found through ServiceLoader under a name of its own ({@code foodialect+foo}), as seed 001's
 * {@code foodialect = foodialect.dialect:FooDialect} entry point. It is SQLite underneath.
 *
 * <p>Thread-safe after configuration.
 */
public class FooServiceDialect extends TestSqliteDialect {
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
