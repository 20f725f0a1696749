package org.athanor.bench.db;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * A database the benchmarks run on, with its two tables: {@code athanor_bench_item_<pid>} holding
 * {@link #ROWS} rows (the one-row select and the fetch read it) and the empty
 * {@code athanor_bench_ins_<pid>} (the insert benchmark fills it; {@link #clearInserts()} empties it).
 * Tables are named after the process so concurrent runs and other people's tests never meet; {@link #close()}
 * drops them.
 *
 * <p>SQLite runs in memory as a named shared-cache database ({@code file:...?mode=memory&cache=shared}), so
 * every pooled connection sees the same tables; a keeper connection holds it open while the benchmark runs.
 * PostgreSQL is the server at {@code 127.0.0.1:5432}, database {@code test}, user {@code postgres}.
 *
 * <p>Thread-safe after construction.
 */
public final class BenchDatabase implements AutoCloseable {
    /** Rows in the item table, and rows one insert operation writes. */
    public static final int ROWS = 10_000;

    /** The host and port of the PostgreSQL server. */
    public static final String PG_HOST = System.getProperty("athanor.bench.pg", "127.0.0.1:5432");

    private static final long PID = ManagementFactory.getRuntimeMXBean().getPid();

    private final String kind;
    private final String jdbcUrl;
    private final String athanorUrl;
    private final String user;
    private final String itemTable;
    private final String insertTable;
    private final Connection keeper;
    private final List<Item> items;

    private BenchDatabase(String kind, String jdbcUrl, String athanorUrl, String user) throws SQLException {
        this.kind = kind;
        this.jdbcUrl = jdbcUrl;
        this.athanorUrl = athanorUrl;
        this.user = user;
        this.itemTable = "athanor_bench_item_" + PID;
        this.insertTable = "athanor_bench_ins_" + PID;
        List<Item> rows = new ArrayList<>(ROWS);
        for (int id = 1; id <= ROWS; id++) {
            rows.add(Item.of(id));
        }
        this.items = Collections.unmodifiableList(rows);
        this.keeper = connect();
        load();
    }

    /**
     * Opens a database and creates and fills its tables.
     *
     * @param kind {@code sqlite} or {@code postgresql}
     * @return the database
     * @throws SQLException if the database cannot be reached (PostgreSQL not running) or set up
     */
    public static BenchDatabase open(String kind) throws SQLException {
        return switch (kind) {
            case "sqlite" -> new BenchDatabase(kind, "jdbc:sqlite:file:athanor_bench_" + PID
                    + "?mode=memory&cache=shared", "sqlite://", null);
            case "postgresql" -> new BenchDatabase(kind, "jdbc:postgresql://" + PG_HOST + "/test",
                    "postgresql://postgres@" + PG_HOST + "/test", "postgres");
            default -> throw new IllegalArgumentException("Unknown database '" + kind
                    + "'; known: sqlite, postgresql.");
        };
    }

    private void load() throws SQLException {
        try (Statement s = keeper.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + itemTable);
            s.execute("DROP TABLE IF EXISTS " + insertTable);
            String columns = "name VARCHAR(64) NOT NULL, qty INTEGER NOT NULL, price DOUBLE PRECISION NOT NULL,"
                    + " active BOOLEAN NOT NULL";
            s.execute("CREATE TABLE " + itemTable + " (id INTEGER PRIMARY KEY, " + columns + ")");
            s.execute("CREATE TABLE " + insertTable + " (id INTEGER NOT NULL, " + columns + ")");
        }
        boolean auto = keeper.getAutoCommit();
        keeper.setAutoCommit(false);
        try (PreparedStatement ps = keeper.prepareStatement(insertSql(itemTable))) {
            for (Item it : items) {
                bind(ps, it);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        keeper.commit();
        keeper.setAutoCommit(auto);
        if (kind.equals("postgresql")) {
            try (Statement s = keeper.createStatement()) {
                s.execute("ANALYZE " + itemTable);
            }
        }
    }

    /**
     * Binds an item to the five parameters of {@link #insertSql(String)}.
     *
     * @param ps the statement
     * @param it the item
     * @throws SQLException if the driver fails
     */
    static void bind(PreparedStatement ps, Item it) throws SQLException {
        ps.setInt(1, it.id());
        ps.setString(2, it.name());
        ps.setInt(3, it.qty());
        ps.setDouble(4, it.price());
        ps.setBoolean(5, it.active());
    }

    /**
     * Returns the positional INSERT of all five columns.
     *
     * @param table the table
     * @return the SQL
     */
    static String insertSql(String table) {
        return "INSERT INTO " + table + " (id, name, qty, price, active) VALUES (?, ?, ?, ?, ?)";
    }

    /**
     * Opens a new plain driver connection (for pools that take a URL or a creator).
     *
     * @return the connection
     * @throws SQLException if the driver fails
     */
    public Connection connect() throws SQLException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        return DriverManager.getConnection(jdbcUrl, p);
    }

    /** Empties the insert table (between measurement iterations). */
    public void clearInserts() {
        try (Statement s = keeper.createStatement()) {
            s.execute(kind.equals("postgresql") ? "TRUNCATE " + insertTable : "DELETE FROM " + insertTable);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty " + insertTable + ": " + e.getMessage(), e);
        }
    }

    /**
     * Counts the rows in the insert table (for checks).
     *
     * @return the count
     * @throws SQLException if the driver fails
     */
    public long insertedRows() throws SQLException {
        try (Statement s = keeper.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM " + insertTable)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** @return {@code sqlite} or {@code postgresql} */
    public String kind() {
        return kind;
    }

    /** @return the JDBC URL every JDBC-based contender's pool uses */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** @return the user name, or {@code null} */
    public String user() {
        return user;
    }

    /** @return the Athanor URL naming the dialect (and, for PostgreSQL, the server) */
    public String athanorUrl() {
        return athanorUrl;
    }

    /** @return the table of {@link #ROWS} items */
    public String itemTable() {
        return itemTable;
    }

    /** @return the table the insert benchmark fills */
    public String insertTable() {
        return insertTable;
    }

    /** @return the {@link #ROWS} items, ids 1 to ROWS (the data the insert benchmark writes) */
    public List<Item> items() {
        return items;
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = keeper.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + itemTable);
            s.execute("DROP TABLE IF EXISTS " + insertTable);
        } finally {
            keeper.close();
        }
    }
}
