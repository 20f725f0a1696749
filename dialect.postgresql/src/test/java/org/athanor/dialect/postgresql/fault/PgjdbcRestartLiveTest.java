package org.athanor.dialect.postgresql.fault;

import java.time.Duration;
import java.util.Map;
import org.athanor.testing.fault.RestartSuite;
import org.athanor.testing.fault.ServerInstance;

/** A restart under load of a PostgreSQL server of the test's own, through pgjdbc. */
class PgjdbcRestartLiveTest extends RestartSuite {
    @Override
    protected ServerInstance createInstance() {
        return new PgInstance();
    }

    @Override
    protected Map<String, Object> socketTimeoutArgs(Duration timeout) {
        return new PostgresTarget().socketTimeoutArgs(timeout);
    }
}
