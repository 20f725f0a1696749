package org.athanor.dialect.mysql.fault;

import org.athanor.testing.fault.FaultTarget;
import org.athanor.testing.fault.PasswordSuite;

/** The password is never shown: the live MariaDB server through the {@code mysql+mariadb} driver. */
class MariaDBConnectorPasswordLiveTest extends PasswordSuite {
    @Override
    protected FaultTarget target() {
        return new MariaDBTarget("mysql+mariadb");
    }
}
