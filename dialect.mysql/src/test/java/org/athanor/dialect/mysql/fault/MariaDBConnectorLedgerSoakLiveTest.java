package org.athanor.dialect.mysql.fault;

import org.athanor.testing.fault.FaultTarget;
import org.athanor.testing.fault.LedgerSoak;

/** The ledger soak on the live MariaDB server through MariaDB Connector/J (about a minute; see {@link LedgerSoak}). */
class MariaDBConnectorLedgerSoakLiveTest extends LedgerSoak {
    @Override
    protected FaultTarget target() {
        return new MariaDBTarget("mysql+mariadb");
    }
}
