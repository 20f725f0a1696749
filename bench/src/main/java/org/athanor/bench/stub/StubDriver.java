package org.athanor.bench.stub;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver whose connections do nothing (as in HikariCP's own benchmark), so a benchmark on it measures
 * only the pool or library in front of it; every call on its objects is counted in {@link DriverCalls}.
 * It accepts URLs starting with {@code jdbc:stub} and registers itself with {@link DriverManager} when
 * loaded.
 *
 * <p>Thread-safe.
 */
public final class StubDriver implements Driver {
    /** The URL to give pools. */
    public static final String URL = "jdbc:stub:";

    static {
        try {
            DriverManager.registerDriver(new StubDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Creates the driver; {@link DriverManager} and {@code java.util.ServiceLoader} use this. */
    public StubDriver() {
    }

    /**
     * Opens a stub connection directly (a {@code creator} for pools that take one).
     *
     * @return a new open connection
     */
    public static Connection newConnection() {
        DriverCalls.hit("Driver.connect");
        return new StubConnection();
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        return acceptsURL(url) ? newConnection() : null;
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith("jdbc:stub");
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("The stub driver does not log.");
    }
}
