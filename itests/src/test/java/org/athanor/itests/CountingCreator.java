package org.athanor.itests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.athanor.pool.ConnectionCreator;

/**
 * A connection creator that opens SQLite connections to one file and remembers them, so a test can count the
 * ones still open after an engine was disposed.
 *
 * <p>Thread-safe.
 */
final class CountingCreator implements ConnectionCreator {
    private final String jdbcUrl;
    private final List<Connection> opened = new ArrayList<>();

    CountingCreator(Path file) {
        this.jdbcUrl = "jdbc:sqlite:" + file.toAbsolutePath();
    }

    @Override
    public Connection create() throws SQLException {
        Connection c = new org.sqlite.JDBC().connect(jdbcUrl, new Properties());
        synchronized (opened) {
            opened.add(c);
        }
        return c;
    }

    /** @return how many connections were opened */
    int opened() {
        synchronized (opened) {
            return opened.size();
        }
    }

    /** @return how many of them are still open */
    long stillOpen() {
        synchronized (opened) {
            return opened.stream().filter(c -> {
                try {
                    return !c.isClosed();
                } catch (SQLException e) {
                    return true;
                }
            }).count();
        }
    }
}
