package org.athanor.bench.stub;

import java.sql.Driver;
import org.athanor.dialect.DefaultDialect;
import org.athanor.engine.URL;

/**
 * An Athanor dialect for the stub driver ({@code stub://} URLs), built on the standard {@link DefaultDialect}
 * kit exactly as a third-party dialect would be, so the engine runs its ordinary code paths against a driver
 * that does nothing.
 *
 * <p>Thread-safe.
 */
public final class StubDialect extends DefaultDialect {
    /** The URL of an engine on the stub driver. */
    public static final String ENGINE_URL = "stub://";

    /** Creates the dialect. */
    public StubDialect() {
    }

    @Override
    public String name() {
        return "stub";
    }

    @Override
    public String driver() {
        return "stub";
    }

    @Override
    protected Driver jdbcDriver() {
        return new StubDriver();
    }

    @Override
    protected String jdbcUrl(URL url) {
        return StubDriver.URL;
    }
}
