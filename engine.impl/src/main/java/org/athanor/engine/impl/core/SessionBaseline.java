package org.athanor.engine.impl.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The session state a driver connection had when it was checked out — isolation level, catalog (MySQL's
 * database), schema (PostgreSQL's search path) and read-only flag — kept so that the connection goes back
 * to the pool as it came, after the engine lost track of what happened on it: the caller used the raw driver
 * connection, or ran a statement that changes the session ({@code SET ...}, {@code USE ...}).
 *
 * <p>Captured lazily, at the first such event of a checkout, so ordinary checkouts cost no round trip; a
 * state the driver cannot report ({@link SQLFeatureNotSupportedException}) is left alone. Autocommit is not
 * part of it: the engine knows the idle mode it keeps ({@code ConnectionCore}'s base autocommit).
 *
 * <p>Immutable and thread-safe.
 */
final class SessionBaseline {
    private static final List<String> SESSION_WORDS = List.of("SET", "USE", "RESET", "DISCARD");

    private final int isolation;
    private final String catalog;
    private final String schema;
    private final boolean readOnly;

    private SessionBaseline(int isolation, String catalog, String schema, boolean readOnly) {
        this.isolation = isolation;
        this.catalog = catalog;
        this.schema = schema;
        this.readOnly = readOnly;
    }

    /**
     * Reads a connection's session state.
     *
     * @param c the driver connection
     * @return the state
     * @throws SQLException if the driver fails
     */
    static SessionBaseline capture(Connection c) throws SQLException {
        return new SessionBaseline(c.getTransactionIsolation(), c.getCatalog(), schemaOf(c), c.isReadOnly());
    }

    /**
     * Puts back whatever differs from this state; the caller has already ended any transaction.
     *
     * @param c the driver connection
     * @return what was restored, such as {@code [schema, isolation]}, for the log
     * @throws SQLException if the driver fails
     */
    List<String> restore(Connection c) throws SQLException {
        List<String> restored = new ArrayList<>(2);
        if (c.getTransactionIsolation() != isolation) {
            c.setTransactionIsolation(isolation);
            restored.add("isolation");
        }
        if (catalog != null) {
            // set again whatever the driver reports: a driver may cache the catalog and miss a USE statement
            // (Connector/J does); a driver that cannot switch catalogs (pgjdbc) ignores it
            if (!catalog.equals(c.getCatalog())) {
                restored.add("catalog");
            }
            c.setCatalog(catalog);
        }
        if (schema != null && !schema.equals(schemaOf(c))) {
            c.setSchema(schema);
            restored.add("schema");
        }
        if (c.isReadOnly() != readOnly) {
            c.setReadOnly(readOnly);
            restored.add("read-only");
        }
        return restored;
    }

    private static String schemaOf(Connection c) throws SQLException {
        try {
            return c.getSchema();
        } catch (SQLFeatureNotSupportedException | AbstractMethodError e) {
            return null;
        }
    }

    /**
     * Tells whether text SQL may change the session: its first word (after comments) is {@code SET},
     * {@code USE}, {@code RESET} or {@code DISCARD}, or it is {@code ALTER SESSION}.
     *
     * @param sql the text
     * @return whether the session may change
     */
    static boolean changesSession(String sql) {
        int i = skipSpaceAndComments(sql, 0);
        int end = i;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        String word = sql.substring(i, end).toUpperCase(Locale.ROOT);
        if (SESSION_WORDS.contains(word)) {
            return true;
        }
        if (!word.equals("ALTER")) {
            return false;
        }
        int next = skipSpaceAndComments(sql, end);
        return sql.regionMatches(true, next, "SESSION", 0, 7);
    }

    private static int skipSpaceAndComments(String sql, int from) {
        int i = from;
        int n = sql.length();
        while (i < n) {
            char ch = sql.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else {
                break;
            }
        }
        return i;
    }
}
