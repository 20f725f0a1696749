package org.athanor.dialect.sqlite;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.athanor.engine.URL;
import org.athanor.exc.ArgumentException;
import org.sqlite.SQLiteConfig;

/**
 * Translates {@code sqlite://} URLs into sqlite-jdbc's JDBC URL and connection properties.
 *
 * <p>The forms are SQLAlchemy's: {@code sqlite://} and {@code sqlite:///:memory:} for a private in-memory
 * database, {@code sqlite:///relative.db} for a file relative to the working directory (made absolute, as
 * SQLAlchemy's {@code os.path.abspath} does, so that a later change of directory cannot move it),
 * {@code sqlite:////absolute/path.db} for an absolute path, and {@code sqlite:///file:name?mode=ro&uri=true}
 * for a SQLite URI whose own parameters stay in the URI.
 *
 * <p>Query parameters are sqlite-jdbc's connection properties (the names of its {@code SQLiteConfig.Pragma},
 * such as {@code journal_mode}, {@code foreign_keys}, {@code busy_timeout}, {@code transaction_mode}), which
 * the driver applies when it opens the connection — before any transaction, which matters because pragmas
 * such as {@code foreign_keys} do nothing inside one. {@code timeout} (seconds, pysqlite's name) is accepted
 * and becomes {@code busy_timeout} in milliseconds. Any other name is refused, so a typo does not pass
 * silently; unchecked properties can still be given as the engine's connect arguments.
 *
 * <p>Stateless and thread-safe.
 */
final class SQLiteUrls {

    /** SQLite's name for a private in-memory database. */
    static final String MEMORY = ":memory:";

    /** The query parameter that marks the database as a SQLite URI (SQLAlchemy's {@code uri=true}). */
    static final String URI = "uri";

    /** pysqlite's busy timeout parameter, in seconds. */
    static final String TIMEOUT = "timeout";

    private static final String VALID_FORMS = "Valid SQLite URL forms are sqlite:// or sqlite:///:memory: (in"
            + " memory), sqlite:///relative/path.db, sqlite:////absolute/path.db, and"
            + " sqlite:///file:path.db?mode=ro&uri=true (a SQLite URI).";

    /** sqlite-jdbc's property names, read from the driver so that they follow its version. */
    private static final Set<String> DRIVER_PROPERTIES = Arrays.stream(SQLiteConfig.Pragma.values())
            .map(p -> p.pragmaName).collect(Collectors.toUnmodifiableSet());

    private SQLiteUrls() {
    }

    /**
     * Refuses a URL that has a username, password, host or port, which SQLite has no use for.
     *
     * @param url the URL
     * @throws ArgumentException naming the valid forms
     */
    static void check(URL url) {
        if (url.username() != null || url.password() != null || url.host() != null || url.port() != null) {
            throw new ArgumentException("Invalid SQLite URL " + url + ": SQLite takes no user, password, host or"
                    + " port (did you write two slashes where three or four belong?). " + VALID_FORMS);
        }
    }

    /**
     * Tells whether the URL names an in-memory database: no file, {@code :memory:}, or a SQLite URI with
     * {@code mode=memory} or the name {@code file::memory:} (SQLAlchemy's {@code _is_url_file_db}, negated).
     *
     * @param url the URL
     * @return whether in memory
     */
    static boolean isMemory(URL url) {
        String db = url.database();
        if (db == null || db.isEmpty() || db.equals(MEMORY)) {
            return true;
        }
        return isUri(url) && ("memory".equals(url.queryValue("mode")) || db.startsWith("file::memory:"));
    }

    /**
     * Tells whether the URL's database is a SQLite URI ({@code uri=true}).
     *
     * @param url the URL
     * @return whether a URI
     */
    static boolean isUri(URL url) {
        String v = url.queryValue(URI);
        return v != null && switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new ArgumentException("SQLite URL parameter uri takes true or false, not '" + v
                    + "', in " + url + ".");
        };
    }

    /**
     * Builds sqlite-jdbc's URL.
     *
     * @param url the URL
     * @return such as {@code jdbc:sqlite::memory:} or {@code jdbc:sqlite:/abs/path.db}
     */
    static String jdbcUrl(URL url) {
        check(url);
        String db = url.database();
        if (isUri(url)) {
            if (db == null || db.isEmpty()) {
                throw new ArgumentException("SQLite URL " + url + " has uri=true but no URI; write it as"
                        + " sqlite:///file:path.db?mode=ro&uri=true.");
            }
            List<String> uriParams = new ArrayList<>();
            url.query().forEach((k, values) -> {
                if (!isDriverParameter(k) && !k.equals(URI)) {
                    values.forEach(v -> uriParams.add(k + "=" + v));
                }
            });
            return "jdbc:sqlite:" + db + (uriParams.isEmpty() ? "" : (db.contains("?") ? "&" : "?")
                    + String.join("&", uriParams));
        }
        if (db == null || db.isEmpty() || db.equals(MEMORY)) {
            return "jdbc:sqlite::memory:";
        }
        if (db.indexOf('?') >= 0) {
            throw new ArgumentException("SQLite file name '" + db + "' in " + url + " contains '?', which the"
                    + " driver would read as the start of parameters; percent-encode it in a SQLite URI"
                    + " (sqlite:///file:name%3F.db?uri=true) or rename the file.");
        }
        try {
            return "jdbc:sqlite:" + Path.of(db).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ArgumentException("SQLite file name '" + db + "' in " + url + " is not a valid path on"
                    + " this system: " + e.getReason() + ". " + VALID_FORMS, e);
        }
    }

    /**
     * Builds the driver properties: the URL's driver parameters (checked), then the connect arguments
     * (unchecked, as SQLAlchemy's {@code connect_args}), which win.
     *
     * @param url the URL
     * @param connectArgs the engine's connect arguments
     * @return the properties
     * @throws ArgumentException for a query parameter the driver does not know (outside a SQLite URI)
     */
    static Properties properties(URL url, Map<String, Object> connectArgs) {
        boolean uri = isUri(url);
        Map<String, String> props = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : url.query().entrySet()) {
            String key = e.getKey();
            if (key.equals(URI)) {
                continue;
            }
            if (!isDriverParameter(key)) {
                if (uri) {
                    continue;       // a SQLite URI parameter: it stays in the URI
                }
                throw new ArgumentException("Unknown SQLite URL parameter '" + key + "' in " + url + ". The"
                        + " parameters are sqlite-jdbc's connection properties: " + String.join(", ",
                        new TreeSet<>(DRIVER_PROPERTIES)) + ", and timeout (seconds). For SQLite URI"
                        + " parameters such as mode=ro, add uri=true.");
            }
            props.put(key, e.getValue().get(0));
        }
        connectArgs.forEach((k, v) -> props.put(k, String.valueOf(v)));
        String timeout = props.remove(TIMEOUT);
        if (timeout != null) {
            props.putIfAbsent(SQLiteConfig.Pragma.BUSY_TIMEOUT.pragmaName, busyTimeoutMillis(timeout, url));
        }
        Properties p = new Properties();
        props.forEach(p::setProperty);
        return p;
    }

    private static boolean isDriverParameter(String key) {
        return DRIVER_PROPERTIES.contains(key) || key.equals(TIMEOUT);
    }

    private static String busyTimeoutMillis(String seconds, URL url) {
        try {
            BigDecimal ms = new BigDecimal(seconds.trim()).movePointRight(3);
            if (ms.signum() < 0) {
                throw new NumberFormatException();
            }
            return ms.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
        } catch (NumberFormatException e) {
            throw new ArgumentException("SQLite parameter timeout takes a number of seconds such as 5 or 0.5,"
                    + " not '" + seconds + "', in " + url + ".", e);
        }
    }
}
