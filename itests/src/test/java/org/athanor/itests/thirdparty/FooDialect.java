package org.athanor.itests.thirdparty;

import java.sql.Driver;
import org.athanor.dialect.DefaultDialect;
import org.athanor.engine.URL;

/**
 * A third-party dialect as a user would write one against engine.api alone: {@code sqlite+foo://} URLs, on
 * xerial's SQLite driver. Not the default driver for {@code sqlite}, so {@code sqlite://} stays with Athanor's
 * own dialect. The tests put it, with {@link FooDialectComponent}, into a bundle built in the container.
 *
 * <p>Thread-safe after configuration, as every dialect.
 */
public class FooDialect extends DefaultDialect {
    /** The driver name: URLs read {@code sqlite+foo://}. */
    public static final String DRIVER = "foo";

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String driver() {
        return DRIVER;
    }

    @Override
    public boolean isDefaultDriver() {
        return false;
    }

    @Override
    protected Driver jdbcDriver() {
        return new org.sqlite.JDBC();
    }

    @Override
    protected String jdbcUrl(URL url) {
        String database = url.database();
        return "jdbc:sqlite:" + (database == null || database.isEmpty() ? ":memory:" : database);
    }
}
