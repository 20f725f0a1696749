package org.athanor.dialect.postgresql.fault;

import org.athanor.testing.fault.FaultTarget;
import org.athanor.testing.fault.LedgerSoak;

/** The ledger soak on live PostgreSQL through pgjdbc (about a minute; see {@link LedgerSoak}). */
class PgjdbcLedgerSoakLiveTest extends LedgerSoak {
    @Override
    protected FaultTarget target() {
        return new PostgresTarget();
    }
}
