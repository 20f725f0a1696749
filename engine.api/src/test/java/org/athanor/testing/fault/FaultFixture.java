package org.athanor.testing.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Row;
import org.athanor.engine.URL;

/**
 * The side door of the fault tests: an administrator engine straight to the server (never through a
 * proxy), a tag that marks the tested engines' connections, and helpers to count and kill those
 * connections on the server and to wait for a condition.
 *
 * <p>Thread-safe: the administrator engine is; each helper checks out its own connection.
 */
public final class FaultFixture implements AutoCloseable {
    private final FaultTarget target;
    private final String tag;
    private final Engine admin;

    /**
     * Opens the fixture: an administrator engine on the live server (skipping or failing the calling test
     * when it is unreachable) and a new tag, made usable on the server.
     *
     * @param target the database
     */
    public FaultFixture(FaultTarget target) {
        this.target = target;
        this.tag = uniqueName("athanor_fault");
        this.admin = Athanor.createEngine(target.url(), EngineOptions.builder().poolSize(2).maxOverflow(2).build());
        for (String sql : target.createTagSql(tag)) {
            admin.execute(sql).close();
        }
    }

    /**
     * Returns a name no other run uses.
     *
     * @param prefix its start, such as {@code ledger}
     * @return the prefix, an underscore and 12 hex digits, in lower case
     */
    public static String uniqueName(String prefix) {
        return (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT);
    }

    /** @return the database */
    public FaultTarget target() {
        return target;
    }

    /** @return the tag of the tested engines' connections */
    public String tag() {
        return tag;
    }

    /** @return the administrator engine, straight to the server */
    public Engine admin() {
        return admin;
    }

    /**
     * Returns the tagged URL of the server, straight or through a proxy.
     *
     * @param proxy the proxy, or {@code null} for straight
     * @return the URL
     */
    public URL url(FaultProxy proxy) {
        URL url = target.tagged(target.url(), tag);
        return proxy == null ? url : target.through(url, proxy);
    }

    /**
     * Creates a tested engine on the tagged URL.
     *
     * @param proxy the proxy, or {@code null} for straight
     * @param options the options
     * @return the engine; dispose it
     */
    public Engine engine(FaultProxy proxy, EngineOptions options) {
        return Athanor.createEngine(url(proxy), options);
    }

    /**
     * Returns how the administrator engine names a table the tested engines created.
     *
     * @param table the table as the tested engines name it
     * @return the name for {@link #run(String...)} and {@link #scalar(String)}
     */
    public String adminName(String table) {
        return target.adminTableName(tag, table);
    }

    /**
     * Creates a table {@code (id INTEGER PRIMARY KEY, v INTEGER)} where the tested engines see it.
     *
     * @param name the table
     */
    public void createTable(String name) {
        try (Engine e = engine(null, EngineOptions.defaults())) {
            e.execute("CREATE TABLE " + name + " (id INTEGER PRIMARY KEY, v INTEGER)").close();
        }
    }

    /**
     * Runs statements on the administrator engine.
     *
     * @param sql the statements
     */
    public void run(String... sql) {
        for (String s : sql) {
            admin.execute(s).close();
        }
    }

    /**
     * Runs a query on the administrator engine and returns its scalar as a long.
     *
     * @param sql the query
     * @return the value
     */
    public long scalar(String sql) {
        return ((Number) admin.execute(sql).scalar()).longValue();
    }

    /**
     * Returns the server's count of the tagged connections.
     *
     * @return the count
     */
    public int serverConnections() {
        return (int) scalar(target.countConnectionsSql(tag));
    }

    /**
     * Kills every tagged connection on the server and waits (up to 10 s) until the server has let them go.
     *
     * @return how many were killed
     */
    public int killAll() {
        List<Long> ids = new ArrayList<>();
        for (Row r : admin.execute(target.connectionIdsSql(tag)).all()) {
            ids.add(((Number) r.get(0)).longValue());
        }
        try (Connection c = admin.connect()) {
            for (long id : ids) {
                try {
                    c.execute(target.killSql(id)).close();
                } catch (RuntimeException e) {
                    // gone meanwhile
                }
            }
        }
        await(() -> serverConnections() == 0, 10_000);
        return ids.size();
    }

    /**
     * Returns the server id of a tested connection.
     *
     * @param c the connection
     * @return the id
     */
    public long connectionId(Connection c) {
        return ((Number) c.execute(target.connectionIdSql()).scalar()).longValue();
    }

    /**
     * Waits until a condition holds, polling every 20 ms.
     *
     * @param condition the condition
     * @param maxMillis how long at most
     * @return whether it held in time
     */
    public static boolean await(BooleanSupplier condition, long maxMillis) {
        long deadline = System.nanoTime() + maxMillis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            sleep(20);
        }
        return true;
    }

    /**
     * Sleeps, keeping the interrupt.
     *
     * @param millis how long
     */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Undoes the tag and disposes the administrator engine. */
    @Override
    public void close() {
        try {
            for (String sql : target.dropTagSql(tag)) {
                admin.execute(sql).close();
            }
        } finally {
            admin.dispose();
        }
    }
}
