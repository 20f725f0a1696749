package org.athanor.testing.fault;

import java.time.Duration;
import java.util.Map;
import org.athanor.engine.URL;

/**
 * What the fault tests ({@link FaultSuite}, {@link LedgerSoak}) need to know about one database: its live
 * server, how the driver's socket timeout is set, how the server names, counts and kills connections, and
 * the SQL for schemas, locks and limited users. A dialect module implements it once and runs the suites with
 * it, as it runs the conformance suite with its requirements.
 *
 * <p>Implementations must be thread-safe (the soak calls them from several threads).
 */
public interface FaultTarget {

    /**
     * Returns the database's name for messages.
     *
     * @return such as {@code PostgreSQL}
     */
    String name();

    /**
     * Returns the live server's URL, skipping the calling test (failing it under {@code CI=true}) when the
     * server cannot be reached.
     *
     * @return the URL
     */
    URL url();

    /**
     * Returns the same URL pointed at a fault proxy instead of the server.
     *
     * @param url the URL
     * @param proxy the proxy in front of the server
     * @return the URL through the proxy
     */
    default URL through(URL url, FaultProxy proxy) {
        return url.withHost(proxy.host()).withPort(proxy.port());
    }

    /**
     * Marks the engine's connections so that {@link #countConnectionsSql(String)} and
     * {@link #killConnectionsSql(String)} find them and no others (PostgreSQL: the application name;
     * MySQL: a database of the test's own, see {@link #createTagSql(String)}).
     *
     * @param url the URL
     * @param tag a name unique to the test
     * @return the tagged URL
     */
    URL tagged(URL url, String tag);

    /**
     * Returns the statements that make a tag usable ({@code CREATE DATABASE} on MySQL), run once by an
     * administrator connection before the tagged engine connects.
     *
     * @param tag the tag
     * @return the statements, possibly none
     */
    default String[] createTagSql(String tag) {
        return new String[0];
    }

    /**
     * Returns the statements that undo {@link #createTagSql(String)}.
     *
     * @param tag the tag
     * @return the statements, possibly none
     */
    default String[] dropTagSql(String tag) {
        return new String[0];
    }

    /**
     * Returns how an administrator connection (on the untagged URL) names a table that the tagged engines
     * created (MySQL: qualified by the tag's database).
     *
     * @param tag the tag
     * @param table the table as the tagged engines name it
     * @return the name for the administrator
     */
    default String adminTableName(String tag, String table) {
        return table;
    }

    /**
     * Returns a query whose scalar is the number of server connections with the tag.
     *
     * @param tag the tag
     * @return the SQL
     */
    String countConnectionsSql(String tag);

    /**
     * Returns a query whose rows' first column is the server's id of each connection with the tag (to kill
     * them one by one).
     *
     * @param tag the tag
     * @return the SQL
     */
    String connectionIdsSql(String tag);

    /**
     * Returns the statement that kills one server connection.
     *
     * @param id its id, as {@link #connectionIdSql()} gives it
     * @return the SQL
     */
    String killSql(long id);

    /**
     * Returns a query whose scalar is the current connection's server id.
     *
     * @return the SQL
     */
    String connectionIdSql();

    /**
     * Returns the driver connect arguments that bound every read from the server by a socket timeout.
     *
     * @param timeout the bound
     * @return the connect arguments
     */
    Map<String, Object> socketTimeoutArgs(Duration timeout);

    /**
     * Returns a query whose scalar is the current schema (PostgreSQL) or database (MySQL).
     *
     * @return the SQL
     */
    String currentSchemaSql();

    /**
     * Returns the statement that creates another schema (a database on MySQL).
     *
     * @param name its name
     * @return the SQL
     */
    String createSchemaSql(String name);

    /**
     * Returns the statement that drops the schema made by {@link #createSchemaSql(String)}.
     *
     * @param name its name
     * @return the SQL
     */
    String dropSchemaSql(String name);

    /**
     * Returns the statement that makes a session use another schema ({@code SET search_path},
     * {@code USE}).
     *
     * @param name the schema
     * @return the SQL
     */
    String useSchemaSql(String name);

    /**
     * Returns the statement that makes the current session give up waiting for a lock after a second.
     *
     * @return the SQL
     */
    String shortLockTimeoutSql();

    /**
     * Returns the statements that create a login limited to a number of connections at once.
     *
     * @param user the name
     * @param password its password
     * @param limit the connections it may hold
     * @return the statements
     */
    String[] createLimitedUserSql(String user, String password, int limit);

    /**
     * Returns the statements that drop the user made by {@link #createLimitedUserSql}.
     *
     * @param user the name
     * @return the statements
     */
    String[] dropUserSql(String user);
}
