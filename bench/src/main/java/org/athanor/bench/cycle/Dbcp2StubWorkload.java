package org.athanor.bench.cycle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.commons.dbcp2.BasicDataSource;
import org.athanor.bench.stub.StubDriver;

/**
 * Apache Commons DBCP2's {@link BasicDataSource} with its defaults, and raw JDBC on it, on the stub driver.
 *
 * <p>Thread-safe.
 */
final class Dbcp2StubWorkload implements StubWorkload {
    private final BasicDataSource ds;

    Dbcp2StubWorkload() {
        ds = new BasicDataSource();
        ds.setDriverClassName(StubDriver.class.getName());
        ds.setUrl(StubDriver.URL);
    }

    @Override
    public Object poolCycle() throws SQLException {
        Connection c = ds.getConnection();
        c.close();
        return c;
    }

    @Override
    public int statementCycle() throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setInt(1, 1);
            return ps.executeUpdate();
        }
    }

    @Override
    public int transactionCycle() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            int n;
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                ps.setInt(1, 1);
                n = ps.executeUpdate();
            }
            c.commit();
            return n;
        }
    }

    @Override
    public void close() throws SQLException {
        ds.close();
    }
}
