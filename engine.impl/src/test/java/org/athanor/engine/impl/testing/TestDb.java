package org.athanor.engine.impl.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;

/**
 * A SQLite file database in a test's temporary folder, with a side door: its own driver connection, outside any
 * engine, to check what was really committed.
 *
 * <p>Not thread-safe; one per test.
 */
public final class TestDb {
    private final Path file;

    /**
     * Creates the database file name in a folder.
     *
     * @param dir the temporary folder
     */
    public TestDb(Path dir) {
        this.file = dir.resolve("test.db").toAbsolutePath();
    }

    /** @return the engine URL, {@code sqlite:////absolute/path/test.db} */
    public String url() {
        return "sqlite:///" + file;
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return a new engine with default options */
    public Engine engine() {
        return Athanor.createEngine(url());
    }

    /**
     * Creates an engine.
     *
     * @param options the options
     * @return the engine
     */
    public Engine engine(EngineOptions options) {
        return Athanor.createEngine(url(), options);
    }

    /**
     * Opens a driver connection of the test's own, in autocommit mode.
     *
     * @return the connection
     * @throws SQLException if the driver fails
     */
    public Connection open() throws SQLException {
        Properties p = new Properties();
        p.setProperty("busy_timeout", "10000");
        return new org.sqlite.JDBC().connect("jdbc:sqlite:" + file, p);
    }

    /**
     * Runs statements through the side door, committed.
     *
     * @param sql the statements
     */
    public void exec(String... sql) {
        try (Connection c = open(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the first column of every row through the side door: what is committed.
     *
     * @param sql the query
     * @return the values
     */
    public List<Object> column(String sql) {
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Object> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getObject(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Counts the committed rows of a table.
     *
     * @param table the table
     * @return the count
     */
    public long count(String table) {
        return ((Number) column("select count(*) from " + table).get(0)).longValue();
    }
}
