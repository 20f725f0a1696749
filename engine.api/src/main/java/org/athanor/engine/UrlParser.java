package org.athanor.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.athanor.exc.ArgumentException;

/**
 * Reads the text form of a {@link URL}: {@code dialect+driver://user:password@host:port/database?k=v}.
 *
 * <p>The reading follows SQLAlchemy's {@code make_url} with three deliberate differences, each so that a
 * password can never end up in another component: the user information ends at the <em>last</em> '@' before
 * the first '/' or '?', so a raw '@' or ':' inside a password still works; an '@' after that point is an
 * error when a ':' precedes it (it is then likely a password holding a raw '/' or '?'); and a port that is
 * not a number is hidden in the error message when the URL has no '@' (it may be a password whose '@host'
 * was forgotten).
 *
 * <p>Thread-safe: stateless.
 */
final class UrlParser {

    private final String text;

    private UrlParser(String text) {
        this.text = text;
    }

    /** Parses {@code raw}; see {@link URL#parse(String)}. */
    static URL parse(String raw) {
        if (raw == null) {
            throw new ArgumentException("The database URL is null; pass a URL string. " + UrlChecks.HINT);
        }
        return new UrlParser(raw.strip()).parse();
    }

    private URL parse() {
        if (text.isEmpty()) {
            throw fail("the URL is empty");
        }
        int sep = text.indexOf("://");
        if (sep < 0) {
            throw fail("there is no '://' after the dialect name");
        }
        String drivername = text.substring(0, sep);
        if (UrlChecks.schemeEnd(text) == 0) {
            // ':', '/' or '@' before '://': the '://' is probably inside a password, so quote nothing of it
            throw fail("the text before the first '://' is not a dialect name (it is letters, digits and '_',"
                    + " optionally followed by '+' and a driver name, as in postgresql or mysql+mariadb)");
        }
        String p = UrlChecks.drivernameProblem(drivername);
        if (p != null) {
            throw fail(p);
        }
        int start = sep + 3;
        int authorityEnd = indexOfAny(text, "/?", start);
        int at = text.lastIndexOf('@');
        if (at >= authorityEnd && text.indexOf(':', start) >= 0 && text.indexOf(':', start) < at) {
            throw fail("it has an '@' after the host; when the password contains '/' or '?', percent-encode"
                    + " it ('/' is %2F, '?' is %3F, '@' is %40), and write an '@' in the database or query"
                    + " as %40");
        }

        String username = null;
        String password = null;
        int hostStart = start;
        int userinfoAt = authorityEnd > start ? text.lastIndexOf('@', authorityEnd - 1) : -1;
        userinfoAt = userinfoAt >= start ? userinfoAt : -1;
        if (userinfoAt >= 0) {
            int colon = text.indexOf(':', start);
            if (colon >= 0 && colon < userinfoAt) {
                username = decode(start, colon, false, "username");
                password = decodePassword(colon + 1, userinfoAt);
            } else {
                username = decode(start, userinfoAt, false, "username");
            }
            hostStart = userinfoAt + 1;
        }

        String host = null;
        int portStart = -1;
        if (hostStart < authorityEnd && text.charAt(hostStart) == '[') {
            int close = text.indexOf(']', hostStart);
            if (close < 0 || close > authorityEnd) {
                throw fail("the '[' that starts an IPv6 host is not closed by ']'");
            }
            host = text.substring(hostStart + 1, close);
            if (host.indexOf(':') < 0) {
                throw fail("the host in brackets '" + host + "' is not an IPv6 address; brackets are only for"
                        + " IPv6 addresses such as [::1], write other hosts without them");
            }
            if (close + 1 < authorityEnd) {
                if (text.charAt(close + 1) != ':') {
                    throw fail("'" + text.substring(close + 1, authorityEnd) + "' follows the IPv6 host ["
                            + host + "]; after it come only ':port', '/database' or '?query'");
                }
                portStart = close + 2;
            }
        } else {
            int colon = text.indexOf(':', hostStart);
            int hostEnd = colon >= 0 && colon < authorityEnd ? colon : authorityEnd;
            if (hostEnd > hostStart) {
                host = text.substring(hostStart, hostEnd);
            }
            if (hostEnd < authorityEnd) {
                portStart = hostEnd + 1;
            }
        }
        p = UrlChecks.hostProblem(host);
        if (p != null) {
            throw fail(p);
        }
        Integer port = portStart < 0 ? null : port(portStart, authorityEnd, userinfoAt >= 0);

        String database = null;
        Map<String, List<String>> query = new LinkedHashMap<>();
        int queryStart = -1;
        if (authorityEnd < text.length() && text.charAt(authorityEnd) == '/') {
            int q = text.indexOf('?', authorityEnd);
            int databaseEnd = q < 0 ? text.length() : q;
            database = decode(authorityEnd + 1, databaseEnd, false, "database");
            queryStart = q < 0 ? -1 : q + 1;
        } else if (authorityEnd < text.length()) {
            queryStart = authorityEnd + 1;
        }
        if (queryStart >= 0) {
            parseQuery(queryStart, query);
        }

        p = UrlChecks.problem(drivername, username, password, host, port, database, query);
        if (p != null) {
            throw fail(p);
        }
        return new URL(drivername, username, password, host, port, database, query);
    }

    private Integer port(int from, int to, boolean hasUserinfo) {
        String digits = text.substring(from, to);
        boolean allDigits = !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9');
        if (allDigits) {
            String trimmed = digits.replaceFirst("^0+(?=.)", "");
            if (trimmed.length() <= 5) {
                int value = Integer.parseInt(trimmed);
                if (value >= 1 && value <= 65535) {
                    return value;
                }
            }
        }
        // Without an '@' this text may be a password whose '@host' is missing: then it is not shown.
        String shown = hasUserinfo ? "'" + digits + "' " : "";
        String problem = "the port " + shown + "is not a number from 1 to 65535"
                + (hasUserinfo ? "" : " (it is not shown in case it is a password: if it is, add '@host')")
                + "; after the port come only '/database' or '?query'"
                + (text.startsWith("sqlite") ? " (a SQLite file goes after three slashes: sqlite:///file.db)" : "");
        throw UrlChecks.invalid(UrlChecks.mask(text, hasUserinfo ? -1 : from, to), problem);
    }

    private void parseQuery(int from, Map<String, List<String>> query) {
        int i = from;
        while (i <= text.length()) {
            int amp = text.indexOf('&', i);
            int end = amp < 0 ? text.length() : amp;
            if (end > i) {
                int eq = text.indexOf('=', i);
                int keyEnd = eq >= 0 && eq < end ? eq : end;
                String key = decode(i, keyEnd, true, "query");
                String value = keyEnd < end ? decode(keyEnd + 1, end, true, "query") : "";
                query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
            i = end + 1;
        }
    }

    private String decode(int from, int to, boolean plusIsSpace, String part) {
        try {
            return UrlCodec.decode(text.substring(from, to), plusIsSpace);
        } catch (IllegalArgumentException e) {
            throw fail("in the " + part + ", " + e.getMessage());
        }
    }

    private String decodePassword(int from, int to) {
        try {
            return UrlCodec.decode(text.substring(from, to), false);
        } catch (IllegalArgumentException e) {
            // the detail would quote part of the password
            throw fail("the password has a '%' that is not followed by two hex digits, or escapes that are"
                    + " not UTF-8; write a literal '%' in a password as %25");
        }
    }

    private ArgumentException fail(String problem) {
        return UrlChecks.invalid(UrlChecks.mask(text, -1, -1), problem);
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
