package org.athanor.engine.impl.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.athanor.dialect.DefaultDialect;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.engine.StatementKind;
import org.athanor.exc.ArgumentException;

/**
 * A text SQL statement in compiled form, so that text and SQL expression constructs share one execution
 * path: the JDBC text, its parameter names (for {@code :name} text) and the kind and autocommit decision
 * the dialect detects from the text (seed 001: "a regular expression is used to detect INSERT, UPDATE,
 * DELETE, as well as a variety of other commands").
 *
 * <p>Immutable and thread-safe; instances are cached by SQL string.
 */
public final class TextStatement implements Compiled {
    private final String sql;
    private final List<String> names;
    private final boolean named;
    private final StatementKind kind;
    private final boolean autocommit;

    private TextStatement(String sql, List<String> names, boolean named, StatementKind kind, boolean autocommit) {
        this.sql = sql;
        this.names = names;
        this.named = named;
        this.kind = kind;
        this.autocommit = autocommit;
    }

    /**
     * Makes the compiled form of text with positional {@code ?} parameters, passed to the driver unchanged.
     *
     * @param sql the text
     * @param dialect the dialect that detects the statement's kind and autocommit
     * @return the statement
     */
    public static TextStatement positional(String sql, Dialect dialect) {
        return new TextStatement(sql, List.of(), false, kindOf(sql, dialect), dialect.isAutocommitText(sql));
    }

    /**
     * Makes the compiled form of text with named {@code :name} parameters.
     *
     * @param sql the text
     * @param dialect the dialect that detects the statement's kind and autocommit
     * @return the statement
     */
    public static TextStatement named(String sql, Dialect dialect) {
        ParsedText parsed = NamedParameterParser.parse(sql);
        return new TextStatement(parsed.sql(), parsed.names(), true, kindOf(sql, dialect),
                dialect.isAutocommitText(sql));
    }

    private static StatementKind kindOf(String sql, Dialect dialect) {
        if (dialect instanceof DefaultDialect d) {
            return d.textKind(sql);
        }
        String s = sql.stripLeading();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return switch (s.substring(0, end).toUpperCase(Locale.ROOT)) {
            case "SELECT", "WITH", "VALUES" -> StatementKind.SELECT;
            case "INSERT" -> StatementKind.INSERT;
            case "UPDATE" -> StatementKind.UPDATE;
            case "DELETE" -> StatementKind.DELETE;
            case "CREATE", "DROP", "ALTER" -> StatementKind.DDL;
            default -> StatementKind.OTHER;
        };
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public StatementKind kind() {
        return kind;
    }

    @Override
    public boolean isAutocommit() {
        return autocommit;
    }

    /**
     * Tells whether the statement probably returns rows; the engine asks the driver after executing, since
     * text may be anything.
     *
     * @return whether the kind is SELECT
     */
    @Override
    public boolean returnsRows() {
        return kind == StatementKind.SELECT;
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    /**
     * Tells whether this text has named parameters.
     *
     * @return whether named
     */
    public boolean isNamed() {
        return named;
    }

    @Override
    public List<Object> bind(Map<String, ?> parameters) {
        if (names.isEmpty()) {
            return List.of();
        }
        int n = names.size();
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            String name = names.get(i);
            Object v = parameters.get(name);
            if (v == null && !parameters.containsKey(name)) {
                throw new ArgumentException("No value for parameter ':" + name + "' of statement [" + sql
                        + "]; the statement needs " + distinct(names) + " and was given "
                        + parameters.keySet() + ". Pass a value for every :name (write \\: for a literal colon).");
            }
            values[i] = v;
        }
        return Arrays.asList(values);
    }

    /**
     * Returns positional values as the list to bind.
     *
     * @param values the values
     * @return the list
     */
    public static List<Object> positionalValues(Object[] values) {
        return values == null || values.length == 0 ? List.of() : Arrays.asList(values);
    }

    private static List<String> distinct(List<String> names) {
        return names.stream().distinct().toList();
    }

    @Override
    public String toString() {
        return sql;
    }
}
