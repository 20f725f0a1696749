package org.athanor.bench.stub;

import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * A savepoint of the stub connection; holds nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class StubSavepoint implements Savepoint {

    /** Creates a savepoint. */
    public StubSavepoint() {
    }

    @Override
    public int getSavepointId() throws SQLException {
        DriverCalls.hit("Savepoint.getSavepointId");
        return 1;
    }

    @Override
    public String getSavepointName() throws SQLException {
        DriverCalls.hit("Savepoint.getSavepointName");
        return "stub";
    }
}
