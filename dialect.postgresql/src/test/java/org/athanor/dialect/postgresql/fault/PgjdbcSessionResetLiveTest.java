package org.athanor.dialect.postgresql.fault;

import org.athanor.testing.fault.FaultTarget;
import org.athanor.testing.fault.SessionResetSuite;

/** The session-reset suite on live PostgreSQL through pgjdbc. */
class PgjdbcSessionResetLiveTest extends SessionResetSuite {
    @Override
    protected FaultTarget target() {
        return new PostgresTarget();
    }
}
