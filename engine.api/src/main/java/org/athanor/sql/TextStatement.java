package org.athanor.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Connectable;
import org.athanor.engine.ExecutionOptions;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;

/**
 * A statement written as SQL text with named parameters, {@code text("SELECT * FROM users WHERE id = :id")}.
 * Parameters are written {@code :name}; {@code \:} is a literal colon; names inside quoted strings, quoted
 * identifiers and comments are not parameters; {@code ::} (a PostgreSQL cast) is left alone. Parameters can
 * be given types and values with {@link #bindparams}, and result columns types with {@link #columns}, so
 * that values are converted both ways as for expression statements.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextStatement extends Statement {
    private final String text;
    private final List<Object> parts;
    private final Map<String, BindParameter<?>> binds;
    private final List<ColumnClause<?>> columns;

    TextStatement(String text) {
        this(text, parse(text), Map.of(), List.of(), ExecutionOptions.none());
    }

    private TextStatement(String text, List<Object> parts, Map<String, BindParameter<?>> binds,
            List<ColumnClause<?>> columns, ExecutionOptions options) {
        super(options);
        this.text = text;
        this.parts = parts;
        this.binds = Collections.unmodifiableMap(new LinkedHashMap<>(binds));
        this.columns = List.copyOf(columns);
    }

    /**
     * Gives parameters types and (optionally) values: {@code bindparams(SQL.bindparam("id", 5,
     * SqlTypes.INTEGER))}.
     *
     * @param parameters named bind parameters whose names appear in the text
     * @return the new statement
     * @throws ArgumentException for a name the text does not contain
     */
    public TextStatement bindparams(BindParameter<?>... parameters) {
        Map<String, BindParameter<?>> b = new LinkedHashMap<>(binds);
        for (BindParameter<?> p : parameters) {
            if (p.key() == null || !parameterNames().contains(p.key())) {
                throw new ArgumentException("The text has no parameter :" + p.key() + "; its parameters are "
                        + parameterNames() + ".");
            }
            b.put(p.key(), p);
        }
        return new TextStatement(text, parts, b, columns, executionOptions());
    }

    /**
     * Gives a parameter a value, keeping any type given before.
     *
     * @param name the parameter name
     * @param value the value
     * @return the new statement
     */
    public TextStatement bind(String name, Object value) {
        BindParameter<?> existing = binds.get(name);
        BindParameter<?> p = existing != null ? existing.withValue(value)
                : BindParameter.named(name, value, SqlTypes.forValue(value));
        return bindparams(p);
    }

    /**
     * Declares the result columns' names and types, so that their values are converted and rows can be
     * read by these column objects.
     *
     * @param resultColumns columns such as {@code SQL.column("id", SqlTypes.INTEGER)}
     * @return the new statement
     */
    public TextStatement columns(ColumnClause<?>... resultColumns) {
        return new TextStatement(text, parts, binds, List.of(resultColumns), executionOptions());
    }

    @Override
    public TextStatement executionOptions(ExecutionOptions more) {
        return new TextStatement(text, parts, binds, columns, executionOptions().merge(more));
    }

    /** @return the SQL text as written */
    public String text() {
        return text;
    }

    /**
     * Returns the parsed text: {@code String} pieces of SQL and {@link ParameterRef} markers, in order.
     *
     * @return the parts
     */
    public List<Object> parts() {
        return parts;
    }

    /** @return the distinct parameter names, in order of first appearance */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof ParameterRef r && !names.contains(r.name())) {
                names.add(r.name());
            }
        }
        return names;
    }

    /** @return the bind parameters given types or values, by name */
    public Map<String, BindParameter<?>> bindParameters() {
        return binds;
    }

    /** @return the declared result columns (empty if none) */
    public List<ColumnClause<?>> resultColumns() {
        return columns;
    }

    @Override
    public Connectable bind() {
        return null;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitText(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("text").token(text);
        for (Object p : parts) {
            if (p instanceof ParameterRef r) {
                BindParameter<?> b = binds.get(r.name());
                if (b != null) {
                    key.bind(b);
                } else {
                    key.token(r);
                }
            }
        }
        key.token(columns.size());
        for (ColumnClause<?> c : columns) {
            key.token(c.name()).token(c.type());
        }
    }

    /**
     * A {@code :name} parameter in the text. Immutable and thread-safe.
     *
     * @param name the name
     */
    public record ParameterRef(String name) {
    }

    static List<Object> parse(String sql) {
        if (sql == null) {
            throw new ArgumentException("text() needs SQL text, not null.");
        }
        List<Object> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\\' && i + 1 < n && sql.charAt(i + 1) == ':') {
                piece.append(':');
                i += 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = skipQuoted(sql, i, c);
                piece.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                piece.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                piece.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                piece.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && isNameStart(sql.charAt(i + 1))
                    && (i == 0 || !isNamePart(sql.charAt(i - 1)))) {
                int end = i + 1;
                while (end < n && isNamePart(sql.charAt(end))) {
                    end++;
                }
                if (piece.length() > 0) {
                    out.add(piece.toString());
                    piece.setLength(0);
                }
                out.add(new ParameterRef(sql.substring(i + 1, end)));
                i = end;
            } else {
                piece.append(c);
                i++;
            }
        }
        if (piece.length() > 0) {
            out.add(piece.toString());
        }
        return List.copyOf(out);
    }

    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * Returns the type of a parameter: the one given with {@link #bindparams}, or the unknown type.
     *
     * @param name the parameter
     * @return the type
     */
    public SqlType<?> parameterType(String name) {
        BindParameter<?> b = binds.get(name);
        return b == null ? SqlTypes.NULL : b.type();
    }
}
