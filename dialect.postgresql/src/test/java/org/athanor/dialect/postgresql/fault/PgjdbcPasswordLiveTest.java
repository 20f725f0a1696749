package org.athanor.dialect.postgresql.fault;

import org.athanor.testing.fault.FaultTarget;
import org.athanor.testing.fault.PasswordSuite;

/** The password is never shown: live PostgreSQL through pgjdbc. */
class PgjdbcPasswordLiveTest extends PasswordSuite {
    @Override
    protected FaultTarget target() {
        return new PostgresTarget();
    }
}
