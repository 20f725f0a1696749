package org.athanor.dialect.mysql.fault;

import org.athanor.testing.fault.FaultSuite;
import org.athanor.testing.fault.FaultTarget;

/** The fault suite on the live MariaDB server through the {@code mysql} driver. */
class ConnectorJFaultLiveTest extends FaultSuite {
    @Override
    protected FaultTarget target() {
        return new MariaDBTarget("mysql");
    }
}
