package org.athanor.dialect.mysql.fault;

import java.time.Duration;
import java.util.Map;
import org.athanor.engine.URL;
import org.athanor.testing.LiveDatabase;
import org.athanor.testing.fault.FaultTarget;

/**
 * The MariaDB server (MySQL protocol) for the fault suites, through one of the two drivers: connections are
 * tagged by a database of the test's own and found in {@code information_schema.processlist}; kills are
 * {@code KILL}.
 *
 * <p>Immutable and thread-safe.
 */
final class MariaDBTarget implements FaultTarget {
    private final String drivername;

    /**
     * Creates the target.
     *
     * @param drivername {@code mysql} (Connector/J) or {@code mysql+mariadb} (MariaDB Connector/J)
     */
    MariaDBTarget(String drivername) {
        this.drivername = drivername;
    }

    @Override
    public String name() {
        return "MariaDB (" + drivername + ")";
    }

    @Override
    public URL url() {
        return URL.parse(LiveDatabase.mysql()).withDrivername(drivername);
    }

    @Override
    public URL tagged(URL url, String tag) {
        return url.withDatabase(tag);
    }

    @Override
    public String[] createTagSql(String tag) {
        return new String[] {"CREATE DATABASE " + tag};
    }

    @Override
    public String[] dropTagSql(String tag) {
        return new String[] {"DROP DATABASE IF EXISTS " + tag};
    }

    @Override
    public String adminTableName(String tag, String table) {
        return tag + "." + table;
    }

    @Override
    public String countConnectionsSql(String tag) {
        return "SELECT count(*) FROM information_schema.processlist WHERE db = '" + tag + "'";
    }

    @Override
    public String connectionIdsSql(String tag) {
        return "SELECT id FROM information_schema.processlist WHERE db = '" + tag + "'";
    }

    @Override
    public String killSql(long id) {
        return "KILL " + id;
    }

    @Override
    public String connectionIdSql() {
        return "SELECT CONNECTION_ID()";
    }

    @Override
    public Map<String, Object> socketTimeoutArgs(Duration timeout) {
        String ms = String.valueOf(Math.max(1, timeout.toMillis()));
        return Map.of("socketTimeout", ms, "connectTimeout", ms);
    }

    @Override
    public String currentSchemaSql() {
        return "SELECT DATABASE()";
    }

    @Override
    public String createSchemaSql(String name) {
        return "CREATE DATABASE " + name;
    }

    @Override
    public String dropSchemaSql(String name) {
        return "DROP DATABASE IF EXISTS " + name;
    }

    @Override
    public String useSchemaSql(String name) {
        return "USE " + name;
    }

    @Override
    public String shortLockTimeoutSql() {
        return "SET SESSION innodb_lock_wait_timeout = 1";
    }

    @Override
    public String[] createLimitedUserSql(String user, String password, int limit) {
        return new String[] {"CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "' WITH MAX_USER_CONNECTIONS "
                + limit, "GRANT ALL ON `athanor\\_fault\\_%`.* TO '" + user + "'@'%'"};
    }

    @Override
    public String[] dropUserSql(String user) {
        return new String[] {"DROP USER IF EXISTS '" + user + "'@'%'"};
    }
}
