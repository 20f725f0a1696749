package org.athanor.bench.cycle;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;
import org.athanor.bench.stub.StubDriver;

/**
 * Raw JDBC on a pooled {@link DataSource} over the stub driver: HikariCP with its defaults
 * ({@link #hikari()}) or Apache Commons DBCP2's {@link BasicDataSource} with its defaults ({@link #dbcp2()}).
 * The cycles are written as a careful hand would: try-with-resources, a prepared statement, a typed setter.
 *
 * <p>Thread-safe.
 */
final class JdbcStubWorkload implements StubWorkload {
    private final DataSource ds;
    private final Closer pool;

    /** Closes a pool. */
    @FunctionalInterface
    private interface Closer {
        void close() throws SQLException;
    }

    private JdbcStubWorkload(DataSource ds, Closer pool) {
        this.ds = ds;
        this.pool = pool;
    }

    /**
     * Makes the HikariCP contender.
     *
     * @return the workload
     */
    static JdbcStubWorkload hikari() {
        HikariConfig config = new HikariConfig();
        config.setDriverClassName(StubDriver.class.getName());
        config.setJdbcUrl(StubDriver.URL);
        config.setPoolName("bench-stub");
        HikariDataSource ds = new HikariDataSource(config);
        return new JdbcStubWorkload(ds, ds::close);
    }

    /**
     * Makes the DBCP2 contender.
     *
     * @return the workload
     */
    static JdbcStubWorkload dbcp2() {
        BasicDataSource ds = new BasicDataSource();
        ds.setDriverClassName(StubDriver.class.getName());
        ds.setUrl(StubDriver.URL);
        return new JdbcStubWorkload(ds, ds::close);
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
        pool.close();
    }
}
