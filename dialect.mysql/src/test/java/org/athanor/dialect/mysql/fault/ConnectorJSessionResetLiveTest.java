package org.athanor.dialect.mysql.fault;

import org.athanor.testing.fault.FaultTarget;
import org.athanor.testing.fault.SessionResetSuite;

/** The session-reset suite on the live MariaDB server through the {@code mysql} driver. */
class ConnectorJSessionResetLiveTest extends SessionResetSuite {
    @Override
    protected FaultTarget target() {
        return new MariaDBTarget("mysql");
    }
}
