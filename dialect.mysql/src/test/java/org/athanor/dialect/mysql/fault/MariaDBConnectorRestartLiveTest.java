package org.athanor.dialect.mysql.fault;

import java.time.Duration;
import java.util.Map;
import org.athanor.testing.fault.RestartSuite;
import org.athanor.testing.fault.ServerInstance;

/** A restart under load of a MariaDB server of the test's own, through MariaDB Connector/J. */
class MariaDBConnectorRestartLiveTest extends RestartSuite {
    private static final String DRIVER = "mysql+mariadb";

    @Override
    protected ServerInstance createInstance() {
        return new MariaDBInstance(DRIVER);
    }

    @Override
    protected Map<String, Object> socketTimeoutArgs(Duration timeout) {
        return new MariaDBTarget(DRIVER).socketTimeoutArgs(timeout);
    }
}
