package org.athanor.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import java.util.Map;
import org.athanor.engine.URL;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a live database server for tests: reads its URL from an environment variable (or a system property of
 * the same name, or a default), checks that something listens at its host and port, and otherwise stops the
 * tests with one line that says which server was missing and how to point the tests at another — as a skipped
 * assumption normally, as a failure when the environment variable {@code CI} is {@code true}, so that a CI run
 * never passes by skipping.
 *
 * <pre>{@code
 * @Override
 * protected TestDatabase database() {
 *     return TestDatabase.of(LiveDatabase.postgresql(), requirements);  // skips here if PostgreSQL is down
 * }
 * }</pre>
 *
 * <p>Thread-safe: stateless.
 */
public final class LiveDatabase {

    /** The environment variable naming the PostgreSQL test database. */
    public static final String PG_ENV = "ATHANOR_PG_URL";

    /** The PostgreSQL test database when {@value #PG_ENV} is not set. */
    public static final String PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test";

    /** The environment variable naming the MySQL / MariaDB test database. */
    public static final String MYSQL_ENV = "ATHANOR_MYSQL_URL";

    /** The MySQL / MariaDB test database when {@value #MYSQL_ENV} is not set. */
    public static final String MYSQL_DEFAULT = "mysql://root@127.0.0.1:3306/test";

    /** How long the reachability probe waits for a TCP connection, in milliseconds. */
    static final int PROBE_TIMEOUT_MILLIS = 2000;

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("postgresql", 5432, "mysql", 3306,
            "mariadb", 3306, "oracle", 1521, "mssql", 1433);

    private LiveDatabase() {
    }

    /**
     * Returns the PostgreSQL test URL ({@value #PG_ENV}, default {@value #PG_DEFAULT}) if the server answers.
     *
     * @return the URL text
     */
    public static String postgresql() {
        return url(PG_ENV, PG_DEFAULT);
    }

    /**
     * Returns the MySQL / MariaDB test URL ({@value #MYSQL_ENV}, default {@value #MYSQL_DEFAULT}) if the
     * server answers.
     *
     * @return the URL text
     */
    public static String mysql() {
        return url(MYSQL_ENV, MYSQL_DEFAULT);
    }

    /**
     * Returns the URL configured by an environment variable (else the system property of that name, else the
     * default) if a server listens at its host and port; otherwise aborts the calling test (or class, from
     * {@code @BeforeAll}) with one line saying why, or fails it when {@code CI=true}.
     *
     * @param variable the environment variable, such as {@value #PG_ENV}
     * @param defaultUrl the URL when the variable is not set
     * @return the URL text
     */
    public static String url(String variable, String defaultUrl) {
        String text = configured(variable, defaultUrl);
        String problem = probe(text);
        if (problem != null) {
            unavailable(problem + "; set " + variable + " to the URL of a reachable server to run these tests");
        }
        return text;
    }

    /**
     * Tells whether tests run under CI ({@code CI=true}), where a missing server is a failure, not a skip.
     *
     * @return whether under CI
     */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Stops the calling test: an assumption failure normally, an assertion failure under CI.
     *
     * @param reason one line saying what is missing and what to do
     */
    public static void unavailable(String reason) {
        if (isCi()) {
            Assertions.fail("CI=true, so this is a failure, not a skip: " + reason);
        }
        Assumptions.abort(reason);
    }

    static String configured(String variable, String defaultUrl) {
        String v = System.getenv(variable);
        if (v == null || v.isBlank()) {
            v = System.getProperty(variable);
        }
        return v == null || v.isBlank() ? defaultUrl : v.trim();
    }

    /**
     * Checks that something accepts TCP connections at the URL's host and port.
     *
     * @param text the URL text
     * @return {@code null} if it does, else one line saying what failed (the password masked)
     */
    static String probe(String text) {
        URL url = URL.parse(text);
        String host = url.host() == null ? "127.0.0.1" : url.host();
        Integer port = url.port() != null ? url.port()
                : DEFAULT_PORTS.get(url.backendName().toLowerCase(Locale.ROOT));
        if (port == null) {
            return "No port known for " + url + "; write the port in the URL";
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), PROBE_TIMEOUT_MILLIS);
            return null;
        } catch (IOException e) {
            return url.backendName() + " server not reachable at " + host + ":" + port + " (" + url + "): "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
    }
}
