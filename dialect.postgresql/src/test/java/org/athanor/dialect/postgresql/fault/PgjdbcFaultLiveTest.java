package org.athanor.dialect.postgresql.fault;

import org.athanor.testing.fault.FaultSuite;
import org.athanor.testing.fault.FaultTarget;

/** The fault suite on live PostgreSQL through pgjdbc. */
class PgjdbcFaultLiveTest extends FaultSuite {
    @Override
    protected FaultTarget target() {
        return new PostgresTarget();
    }
}
