package org.athanor.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.athanor.exc.ArgumentException;

/**
 * The rules every {@link URL} component obeys, and the error messages that report a broken rule with the
 * URL quoted and its password masked.
 *
 * <p>Thread-safe: stateless.
 */
final class UrlChecks {

    /** The mask written in place of a password. */
    static final String MASK = "***";

    /** What every URL error message ends with: the shape of a valid URL. */
    static final String HINT = "A database URL has the form"
            + " dialect+driver://username:password@host:port/database?key=value&key=value2;"
            + " everything after '://' is optional, and '@', ':', '/', '?', '#', '%', '&', '=' and spaces inside"
            + " a username, password, database or query must be percent-encoded (for example '@' as %40)."
            + " Examples: postgresql://scott:***@localhost:5432/test, mysql+mariadb://root@[::1]/test,"
            + " oracle://scott:***@tnsname, sqlite:///relative.db, sqlite:////absolute/path.db,"
            + " sqlite:// (in memory).";

    /** The components {@link URL#translateConnectArgs(Map)} knows, in the order it returns them. */
    static final List<String> CONNECT_ARG_NAMES = List.of("host", "database", "username", "password", "port");

    private static final Pattern DRIVERNAME = Pattern.compile("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)?");

    /** Characters no host may contain (besides whitespace and controls). */
    private static final String HOST_FORBIDDEN = "/?#@[]\\";

    private UrlChecks() {
    }

    /** The exception for a URL (already masked) and what is wrong with it. */
    static ArgumentException invalid(String maskedUrl, String problem) {
        return new ArgumentException("Invalid database URL '" + maskedUrl + "': " + problem + ". " + HINT);
    }

    /**
     * What is wrong with a set of components, or null when they make a valid URL. The text never includes
     * the password.
     */
    static String problem(String drivername, String username, String password, String host, Integer port,
            String database, Map<String, List<String>> query) {
        String p = drivernameProblem(drivername);
        if (p == null) {
            p = textProblem("username", username);
        }
        if (p == null) {
            p = textProblem("password", password);
        }
        if (p == null && password != null && username == null) {
            p = "a password is set without a username; set a username (an empty one is allowed)"
                    + " or remove the password";
        }
        if (p == null) {
            p = hostProblem(host);
        }
        if (p == null && port != null && (port < 1 || port > 65535)) {
            p = "the port " + port + " is out of range; a port is a number from 1 to 65535";
        }
        if (p == null) {
            p = textProblem("database", database);
        }
        if (p == null) {
            p = queryProblem(query);
        }
        return p;
    }

    static String drivernameProblem(String drivername) {
        if (drivername == null || drivername.isEmpty()) {
            return "the dialect name is missing; it comes before '://', as in postgresql:// or mysql+mariadb://";
        }
        if (!DRIVERNAME.matcher(drivername).matches()) {
            return "the dialect name '" + drivername + "' is not valid: it is letters, digits and '_',"
                    + " optionally followed by '+' and a driver name of the same characters"
                    + " (postgresql, mysql+mariadb)";
        }
        return null;
    }

    static String hostProblem(String host) {
        if (host == null) {
            return null;
        }
        if (host.isEmpty()) {
            return "the host is empty; leave it out (null) instead";
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || HOST_FORBIDDEN.indexOf(c) >= 0
                    || Character.isSurrogate(c) && UrlCodec.hasUnpairedSurrogate(host)) {
                return "the host '" + host + "' contains " + describe(c) + ", which a host cannot contain;"
                        + " a host is a name, an IPv4 address or an IPv6 address (written in brackets: [::1])";
            }
        }
        return null;
    }

    private static String textProblem(String part, String text) {
        if (text != null && UrlCodec.hasUnpairedSurrogate(text)) {
            return "the " + part + " is not valid Unicode (it holds an unpaired surrogate character)";
        }
        return null;
    }

    private static String queryProblem(Map<String, List<String>> query) {
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String key = e.getKey();
            if (key == null) {
                return "a query parameter has a null name";
            }
            String p = textProblem("query parameter name '" + UrlCodec.encode(key, UrlCodec.QUERY_SAFE) + "'",
                    key);
            if (p != null) {
                return p;
            }
            List<String> values = e.getValue();
            if (values == null || values.isEmpty()) {
                return "the query parameter '" + key + "' has no values; give it at least one"
                        + " (an empty string is allowed) or leave it out";
            }
            for (String v : values) {
                if (v == null) {
                    return "the query parameter '" + key + "' has a null value; use an empty string";
                }
                p = textProblem("value of query parameter '" + key + "'", v);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Puts a query parameter with a copy of its values, failing on a null key or no values. */
    static void putParameter(Map<String, List<String>> query, String key, String... values) {
        if (key == null) {
            throw new ArgumentException("A query parameter needs a name, not null");
        }
        if (values == null || values.length == 0) {
            throw new ArgumentException("The query parameter '" + key + "' needs at least one value;"
                    + " to remove it use withoutQueryParameters(\"" + key + "\")");
        }
        query.put(key, Arrays.asList(values.clone()));
    }

    /**
     * The work of {@link URL#translateConnectArgs(Map)}; {@code values} are the components in the order of
     * {@link #CONNECT_ARG_NAMES}.
     */
    static Map<String, Object> connectArgs(Map<String, String> renames, Object... values) {
        Map<String, String> names = renames == null ? Map.of() : renames;
        for (String key : names.keySet()) {
            if (!CONNECT_ARG_NAMES.contains(key)) {
                throw new ArgumentException("translateConnectArgs: '" + key + "' is not a URL component;"
                        + " the components are " + CONNECT_ARG_NAMES);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            String component = CONNECT_ARG_NAMES.get(i);
            String name = names.containsKey(component) ? names.get(component) : component;
            Object value = values[i];
            if (name == null || value == null || "".equals(value)) {
                continue;
            }
            if (out.put(name, value) != null) {
                throw new ArgumentException("translateConnectArgs: two components are renamed to '" + name
                        + "'; give each component its own name");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** A character as a message shows it: quoted, or as U+XXXX when it is invisible. */
    static String describe(char c) {
        if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate(c)
                || Character.isSpaceChar(c)) {
            return String.format("the character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    /**
     * The URL text with anything that could be a password replaced by {@link #MASK}, for error messages of
     * text that may not parse. It errs on the side of hiding: the password is taken to run from the first
     * ':' after the scheme to the last '@' of the whole text, which is exactly the parser's reading whenever
     * that reading is unambiguous; {@code hideFrom..hideTo} (when {@code hideFrom >= 0}) is hidden as well.
     */
    static String mask(String text, int hideFrom, int hideTo) {
        int start = schemeEnd(text);
        int at = text.lastIndexOf('@');
        int colon = text.indexOf(':', start);
        String masked;
        if (at >= 0 && colon >= 0 && colon < at) {
            masked = text.substring(0, colon + 1) + MASK + text.substring(at);
            if (hideFrom > at) {
                int shift = masked.length() - text.length();
                hideFrom += shift;
                hideTo += shift;
            } else {
                hideFrom = -1;
            }
        } else {
            masked = text;
        }
        if (hideFrom >= 0 && hideFrom < hideTo) {
            masked = masked.substring(0, hideFrom) + MASK + masked.substring(hideTo);
        }
        return masked;
    }

    /**
     * Where the part after the scheme starts: after "://" when what precedes it could be a dialect name,
     * else 0 (so that a text without a usable scheme is masked from its first ':').
     */
    static int schemeEnd(String text) {
        int sep = text.indexOf("://");
        if (sep < 0) {
            return 0;
        }
        for (int i = 0; i < sep; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '/' || c == '@') {
                return 0;
            }
        }
        return sep + 3;
    }
}
