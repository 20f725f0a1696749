package org.athanor.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.athanor.exc.ArgumentException;

/**
 * A database URL: the dialect, driver, credentials, host, port, database and options that identify one
 * database, as an immutable value (SQLAlchemy's {@code sqlalchemy.engine.URL}).
 *
 * <p>The text form is RFC-1738 style:
 * <pre>{@code dialect+driver://username:password@host:port/database?key=value&key=value2}</pre>
 * Everything after {@code dialect://} is optional. Examples of each form:
 * <pre>{@code
 * URL.parse("postgresql://scott:tiger@localhost:5432/mydb")  // all components
 * URL.parse("mysql+mariadb://root@[::1]/test?charset=utf8")   // qualified driver, IPv6 host in brackets
 * URL.parse("mysql://localhost/foo")                          // no credentials, default port
 * URL.parse("oracle://scott:tiger@tnsname")                   // Oracle TNS name: host "tnsname", nothing else
 * URL.parse("oracle://scott:tiger@127.0.0.1:1521/sidname")    // Oracle host, port and SID (database)
 * URL.parse("sqlite://")                                      // SQLite in memory: database null
 * URL.parse("sqlite:///:memory:")                             // SQLite in memory: database ":memory:"
 * URL.parse("sqlite:///relative/file.db")                     // database "relative/file.db"
 * URL.parse("sqlite:////absolute/path/file.db")               // database "/absolute/path/file.db"
 * URL.parse("sqlite:///C:\\path\\file.db")                    // database "C:\path\file.db"
 * }</pre>
 *
 * <p><b>Encoding.</b> The username, password, database and query keys and values are percent-decoded
 * (UTF-8) when parsed and percent-encoded when rendered, so any text survives a round trip:
 * {@code URL.parse(url.render(false)).equals(url)} holds for every URL. A password such as {@code p@ss:w/rd}
 * is written {@code p%40ss%3Aw%2Frd}. In the query, as in HTML forms, {@code +} also means a space; in the
 * other parts it is a plus sign. A query key without {@code =} has the value {@code ""}; repeated keys keep
 * all their values in order. The host is taken literally (no decoding); a host that contains {@code :} is an
 * IPv6 address and is written in brackets. The dialect name is ASCII letters, digits and {@code _}, with an
 * optional {@code +driver} of the same characters.
 *
 * <p><b>Stricter than SQLAlchemy</b>, so that a password never lands in another component: the user
 * information ends at the last {@code @} before the first {@code /} or {@code ?}, and an {@code @} after that
 * point is an error when a {@code :} precedes it (percent-encode such an {@code @} as {@code %40}).
 *
 * <p><b>Passwords.</b> {@link #toString()} shows the password as {@code ***}; {@link #render(boolean)} shows
 * it only when asked. Error messages quote the URL with the password masked. Query parameters whose names
 * look secret ({@code password}, {@code pwd}, anything containing {@code secret} or {@code token}) are masked
 * the same way, since some drivers take a password there. Any malformed text or component
 * raises {@link ArgumentException} saying what is wrong and what a valid URL looks like.
 *
 * <p><b>Copies.</b> {@link #builder(String)}, {@link #create} and the {@code with...} methods make new
 * values; a URL never changes. Equality covers every component (query keys in any order, each key's values
 * in order).
 *
 * <p>Thread-safe: immutable, so one instance may be shared freely between threads.
 */
public final class URL {

    private final String drivername;
    private final String username;
    private final String password;
    private final String host;
    private final Integer port;
    private final String database;
    private final Map<String, List<String>> query;

    /** Makes a URL from components; checks them; copies the query. */
    URL(String drivername, String username, String password, String host, Integer port, String database,
            Map<String, ? extends List<String>> query) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (query != null) {
            query.forEach((k, v) -> copy.put(k, v == null ? null : new ArrayList<>(v)));
        }
        String problem = UrlChecks.problem(drivername, username, password, host, port, database, copy);
        if (problem != null) {
            String shown = UrlCodec.render(String.valueOf(drivername), username, password, host, port, database,
                    copy, true);
            throw UrlChecks.invalid(shown, problem);
        }
        copy.replaceAll((k, v) -> List.copyOf(v));
        this.drivername = drivername;
        this.username = username;
        this.password = password;
        this.host = host;
        this.port = port;
        this.database = database;
        this.query = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses a URL from its text form (leading and trailing whitespace is ignored).
     *
     * <pre>{@code
     * URL url = URL.parse("postgresql+pgjdbc://scott:p%40ss@db.example.com:5432/sales?sslmode=require");
     * url.backendName();          // "postgresql"
     * url.password();             // "p@ss"
     * url.queryValue("sslmode");  // "require"
     * }</pre>
     *
     * @param text the URL text, such as {@code postgresql://scott:tiger@localhost/test}
     * @return the URL
     * @throws ArgumentException if {@code text} is null or malformed; the message quotes it with the password
     *     masked
     */
    public static URL parse(String text) {
        return UrlParser.parse(text);
    }

    /**
     * Makes a URL from its components (SQLAlchemy's {@code URL.create}).
     *
     * @param drivername {@code dialect} or {@code dialect+driver}, such as {@code mysql+mariadb}
     * @param username the username, or null
     * @param password the password, or null; needs a username (which may be empty)
     * @param host the host name or address (an IPv6 address without brackets), or null
     * @param port the port, 1 to 65535, or null
     * @param database the database (for SQLite, the file), or null
     * @param query the query parameters, each with at least one value, in the order to keep; null for none
     * @return the URL
     * @throws ArgumentException if a component is invalid
     */
    public static URL create(String drivername, String username, String password, String host, Integer port,
            String database, Map<String, ? extends List<String>> query) {
        return new URL(drivername, username, password, host, port, database, query);
    }

    /**
     * Starts a builder for a URL with the given dialect and driver.
     *
     * <pre>{@code
     * URL url = URL.builder("postgresql").username("scott").password("tiger").host("localhost")
     *         .database("test").queryParameter("sslmode", "disable").build();
     * }</pre>
     *
     * @param drivername {@code dialect} or {@code dialect+driver}; checked by {@link Builder#build()}
     * @return a new builder
     */
    public static Builder builder(String drivername) {
        return new Builder(drivername);
    }

    /**
     * A builder whose components are this URL's, for changing several of them at once.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(drivername).username(username).password(password).host(host).port(port)
                .database(database);
        b.query.putAll(query);
        return b;
    }

    /**
     * The full dialect and driver name.
     *
     * @return such as {@code mysql+mariadb} or {@code sqlite}
     */
    public String drivername() {
        return drivername;
    }

    /**
     * The dialect part of the driver name, which names the database backend.
     *
     * @return {@code mysql} for {@code mysql+mariadb} and for {@code mysql}
     */
    public String backendName() {
        int plus = drivername.indexOf('+');
        return plus < 0 ? drivername : drivername.substring(0, plus);
    }

    /**
     * The driver part of the driver name.
     *
     * @return {@code mariadb} for {@code mysql+mariadb}; null when the name has no {@code +driver} (the dialect's
     *     default driver is meant)
     */
    public String driver() {
        int plus = drivername.indexOf('+');
        return plus < 0 ? null : drivername.substring(plus + 1);
    }

    /**
     * The username, percent-decoded.
     *
     * @return the username, or null
     */
    public String username() {
        return username;
    }

    /**
     * The password, percent-decoded; never log it.
     *
     * @return the password, or null
     */
    public String password() {
        return password;
    }

    /**
     * The host name or address, taken literally; an IPv6 address comes without its brackets.
     *
     * @return the host, or null
     */
    public String host() {
        return host;
    }

    /**
     * The port number.
     *
     * @return the port, or null when the URL names none
     */
    public Integer port() {
        return port;
    }

    /**
     * The database, percent-decoded: for SQLite the file name or {@code :memory:}, for Oracle the SID.
     *
     * @return the database, or null
     */
    public String database() {
        return database;
    }

    /**
     * The query parameters in the order they were given; a repeated key keeps all its values, in order.
     *
     * @return an unmodifiable map of unmodifiable, non-empty lists; empty when there is no query
     */
    public Map<String, List<String>> query() {
        return query;
    }

    /**
     * The first value of a query parameter.
     *
     * @param key the parameter name
     * @return its first value, or null when the URL has no such parameter
     */
    public String queryValue(String key) {
        List<String> values = query.get(key);
        return values == null ? null : values.get(0);
    }

    /**
     * A copy with another dialect and driver name.
     *
     * @param newDrivername {@code dialect} or {@code dialect+driver}
     * @return the copy
     * @throws ArgumentException if the name is invalid
     */
    public URL withDrivername(String newDrivername) {
        return new URL(newDrivername, username, password, host, port, database, query);
    }

    /**
     * A copy with another username.
     *
     * @param newUsername the username, or null (only when there is no password)
     * @return the copy
     */
    public URL withUsername(String newUsername) {
        return new URL(drivername, newUsername, password, host, port, database, query);
    }

    /**
     * A copy with another password.
     *
     * @param newPassword the password, or null for none
     * @return the copy
     * @throws ArgumentException if the URL has no username
     */
    public URL withPassword(String newPassword) {
        return new URL(drivername, username, newPassword, host, port, database, query);
    }

    /**
     * A copy with another host.
     *
     * @param newHost the host (an IPv6 address without brackets), or null for none
     * @return the copy
     */
    public URL withHost(String newHost) {
        return new URL(drivername, username, password, newHost, port, database, query);
    }

    /**
     * A copy with another port.
     *
     * @param newPort the port, 1 to 65535, or null for none
     * @return the copy
     */
    public URL withPort(Integer newPort) {
        return new URL(drivername, username, password, host, newPort, database, query);
    }

    /**
     * A copy with another database.
     *
     * @param newDatabase the database, or null for none
     * @return the copy
     */
    public URL withDatabase(String newDatabase) {
        return new URL(drivername, username, password, host, port, newDatabase, query);
    }

    /**
     * A copy whose query is exactly the given parameters.
     *
     * @param newQuery the parameters in order, each with at least one value; null or empty for none
     * @return the copy
     */
    public URL withQuery(Map<String, ? extends List<String>> newQuery) {
        return new URL(drivername, username, password, host, port, database, newQuery);
    }

    /**
     * A copy in which one query parameter has the given values, replacing any it had (in its old position;
     * a new key goes last).
     *
     * @param key the parameter name
     * @param values one or more values
     * @return the copy
     * @throws ArgumentException if {@code key} is null or there are no values
     */
    public URL withQueryParameter(String key, String... values) {
        Map<String, List<String>> copy = new LinkedHashMap<>(query);
        UrlChecks.putParameter(copy, key, values);
        return new URL(drivername, username, password, host, port, database, copy);
    }

    /**
     * A copy without the given query parameters; names the URL does not have are ignored.
     *
     * @param keys the parameter names to remove
     * @return the copy
     */
    public URL withoutQueryParameters(String... keys) {
        if (keys == null) {
            throw new ArgumentException("withoutQueryParameters(null): pass the names of the parameters to remove");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(query);
        copy.keySet().removeAll(Arrays.asList(keys));
        return new URL(drivername, username, password, host, port, database, copy);
    }

    /**
     * The present components as connection arguments, like SQLAlchemy's {@code translate_connect_args}:
     * keys {@code host}, {@code database}, {@code username}, {@code password}, {@code port} (in this order),
     * each renamed when {@code renames} maps it to another name and left out when {@code renames} maps it to
     * null. A component that is null or an empty string is left out. Values are strings, except the port, an
     * {@link Integer}.
     *
     * <pre>{@code
     * URL.parse("postgresql://scott:tiger@localhost/test").translateConnectArgs(Map.of("username", "user"))
     *     // {host=localhost, database=test, user=scott, password=tiger}
     * }</pre>
     *
     * @param renames component name to argument name; null or empty for the component names themselves
     * @return an unmodifiable map in the order above
     * @throws ArgumentException if {@code renames} has a key that is not a component name, or two components
     *     would get the same name
     */
    public Map<String, Object> translateConnectArgs(Map<String, String> renames) {
        return UrlChecks.connectArgs(renames, host, database, username, password, port);
    }

    /**
     * The text form of this URL, which {@link #parse(String)} reads back to an equal URL when the password is
     * shown.
     *
     * @param hidePassword whether to write the password as {@code ***}
     * @return the text form
     */
    public String render(boolean hidePassword) {
        return UrlCodec.render(drivername, username, password, host, port, database, query, hidePassword);
    }

    /**
     * The text form with the password shown as {@code ***}; the same as {@code render(true)}.
     *
     * @return the text form, safe to log
     */
    @Override
    public String toString() {
        return render(true);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof URL)) {
            return false;
        }
        URL u = (URL) o;
        return drivername.equals(u.drivername) && Objects.equals(username, u.username)
                && Objects.equals(password, u.password) && Objects.equals(host, u.host)
                && Objects.equals(port, u.port) && Objects.equals(database, u.database) && query.equals(u.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(drivername, username, password, host, port, database, query);
    }

    /**
     * A builder of {@link URL} values: set the components, then call {@link #build()}, which checks them.
     *
     * <p>Not thread-safe: use one builder from one thread (the URLs it builds are immutable and shareable).
     */
    public static final class Builder {
        private String drivername;
        private String username;
        private String password;
        private String host;
        private Integer port;
        private String database;
        private final Map<String, List<String>> query = new LinkedHashMap<>();

        private Builder(String drivername) {
            this.drivername = drivername;
        }

        /**
         * Sets the dialect and driver name.
         *
         * @param value {@code dialect} or {@code dialect+driver}
         * @return this builder
         */
        public Builder drivername(String value) {
            this.drivername = value;
            return this;
        }

        /**
         * Sets the username.
         *
         * @param value the username, or null
         * @return this builder
         */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /**
         * Sets the password.
         *
         * @param value the password, or null; needs a username
         * @return this builder
         */
        public Builder password(String value) {
            this.password = value;
            return this;
        }

        /**
         * Sets the host.
         *
         * @param value the host (an IPv6 address without brackets), or null
         * @return this builder
         */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /**
         * Sets the port.
         *
         * @param value the port, 1 to 65535, or null
         * @return this builder
         */
        public Builder port(Integer value) {
            this.port = value;
            return this;
        }

        /**
         * Sets the database.
         *
         * @param value the database, or null
         * @return this builder
         */
        public Builder database(String value) {
            this.database = value;
            return this;
        }

        /**
         * Replaces all query parameters.
         *
         * @param value the parameters in order, each with at least one value; null for none
         * @return this builder
         */
        public Builder query(Map<String, ? extends List<String>> value) {
            query.clear();
            if (value != null) {
                query.putAll(value);
            }
            return this;
        }

        /**
         * Sets one query parameter's values, replacing any it had.
         *
         * @param key the parameter name
         * @param values one or more values
         * @return this builder
         * @throws ArgumentException if {@code key} is null or there are no values
         */
        public Builder queryParameter(String key, String... values) {
            UrlChecks.putParameter(query, key, values);
            return this;
        }

        /**
         * Makes the URL.
         *
         * @return the URL
         * @throws ArgumentException if a component is invalid
         */
        public URL build() {
            return new URL(drivername, username, password, host, port, database, query);
        }
    }
}
