package org.athanor.bench.cycle;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.athanor.bench.stub.StubDriver;

/**
 * HikariCP with its defaults, and raw JDBC on it, on the stub driver.
 *
 * <p>Thread-safe.
 */
final class HikariStubWorkload implements StubWorkload {
    private final HikariDataSource ds;

    HikariStubWorkload() {
        HikariConfig config = new HikariConfig();
        config.setDriverClassName(StubDriver.class.getName());
        config.setJdbcUrl(StubDriver.URL);
        config.setPoolName("bench-stub");
        this.ds = new HikariDataSource(config);
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
    public void close() {
        ds.close();
    }
}
