package org.athanor.dialect.postgresql.fault;

import java.time.Duration;
import java.util.Map;
import org.athanor.engine.URL;
import org.athanor.testing.LiveDatabase;
import org.athanor.testing.fault.FaultTarget;

/**
 * PostgreSQL for the fault suites: connections are tagged by their application name (pgjdbc's
 * {@code ApplicationName}) and found in {@code pg_stat_activity}; kills are {@code pg_terminate_backend}.
 *
 * <p>Stateless and thread-safe.
 */
final class PostgresTarget implements FaultTarget {

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public URL url() {
        return URL.parse(LiveDatabase.postgresql());
    }

    @Override
    public URL tagged(URL url, String tag) {
        return url.withQueryParameter("ApplicationName", tag);
    }

    @Override
    public String countConnectionsSql(String tag) {
        return "SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + tag + "'";
    }

    @Override
    public String connectionIdsSql(String tag) {
        return "SELECT pid FROM pg_stat_activity WHERE application_name = '" + tag + "'";
    }

    @Override
    public String killSql(long id) {
        return "SELECT pg_terminate_backend(" + id + ")";
    }

    @Override
    public String connectionIdSql() {
        return "SELECT pg_backend_pid()";
    }

    @Override
    public Map<String, Object> socketTimeoutArgs(Duration timeout) {
        long seconds = Math.max(1, timeout.toSeconds());
        return Map.of("socketTimeout", String.valueOf(seconds), "connectTimeout", String.valueOf(seconds),
                "loginTimeout", String.valueOf(seconds));
    }

    @Override
    public String currentSchemaSql() {
        return "SELECT current_schema()";
    }

    @Override
    public String createSchemaSql(String name) {
        return "CREATE SCHEMA " + name;
    }

    @Override
    public String dropSchemaSql(String name) {
        return "DROP SCHEMA IF EXISTS " + name + " CASCADE";
    }

    @Override
    public String useSchemaSql(String name) {
        return "SET search_path TO " + name;
    }

    @Override
    public String shortLockTimeoutSql() {
        return "SET lock_timeout = '1s'";
    }

    @Override
    public String[] createLimitedUserSql(String user, String password, int limit) {
        return new String[] {"CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "' CONNECTION LIMIT " + limit};
    }

    @Override
    public String[] dropUserSql(String user) {
        return new String[] {"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + user + "'",
            "DROP ROLE IF EXISTS " + user};
    }
}
