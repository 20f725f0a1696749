package org.athanor.engine.impl.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns SQL text with named parameters ({@code :name}) into JDBC text with {@code ?} placeholders and the
 * names in placeholder order.
 *
 * <p>Rules: a name is a letter or underscore followed by letters, digits or underscores, after a colon that
 * is not preceded by a colon, a word character or a backslash and not followed by another colon (as
 * SQLAlchemy's {@code text()} does). {@code \:} is a literal colon (the backslash is removed); {@code ::}
 * (a PostgreSQL cast) is left alone; nothing is replaced inside {@code '...'} strings (with {@code ''}
 * escapes), {@code "..."} identifiers, {@code `...`} identifiers, {@code --} line comments and
 * {@code /* *}{@code /} block comments.
 *
 * <p>Stateless and thread-safe.
 */
public final class NamedParameterParser {

    private NamedParameterParser() {
    }

    /**
     * Parses SQL text.
     *
     * @param sql the text with {@code :name} parameters
     * @return the JDBC text and the parameter names in order
     */
    public static ParsedText parse(String sql) {
        int n = sql.length();
        StringBuilder out = null;
        List<String> names = new ArrayList<>();
        int copied = 0;
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            switch (c) {
                case '\'', '"', '`' -> i = skipQuoted(sql, i, c);
                case '-' -> i = (i + 1 < n && sql.charAt(i + 1) == '-') ? skipLine(sql, i) : i + 1;
                case '/' -> i = (i + 1 < n && sql.charAt(i + 1) == '*') ? skipBlock(sql, i) : i + 1;
                case '\\' -> {
                    if (i + 1 < n && sql.charAt(i + 1) == ':') {
                        out = append(out, sql, copied, i);
                        out.append(':');
                        copied = i + 2;
                        i += 2;
                    } else {
                        i++;
                    }
                }
                case ':' -> {
                    if (i + 1 < n && sql.charAt(i + 1) == ':') {
                        // a cast: skip both colons and the type name after them
                        i += 2;
                        while (i < n && isWord(sql.charAt(i))) {
                            i++;
                        }
                    } else if (i > 0 && isWord(sql.charAt(i - 1))) {
                        i++;
                    } else if (i + 1 < n && isNameStart(sql.charAt(i + 1))) {
                        int end = i + 2;
                        while (end < n && isWord(sql.charAt(end))) {
                            end++;
                        }
                        if (end < n && sql.charAt(end) == ':') {
                            i = end;
                        } else {
                            out = append(out, sql, copied, i);
                            out.append('?');
                            // interned: a parameter map keyed by string literals then matches each name by
                            // identity, not character by character, on every execution of the cached statement
                            names.add(sql.substring(i + 1, end).intern());
                            copied = end;
                            i = end;
                        }
                    } else {
                        i++;
                    }
                }
                default -> i++;
            }
        }
        if (out == null) {
            return new ParsedText(sql, List.copyOf(names));
        }
        out.append(sql, copied, n);
        return new ParsedText(out.toString(), List.copyOf(names));
    }

    private static StringBuilder append(StringBuilder out, String sql, int from, int to) {
        StringBuilder sb = out == null ? new StringBuilder(sql.length()) : out;
        sb.append(sql, from, to);
        return sb;
    }

    /** Returns the index after the closing quote; a doubled quote is an escaped one. */
    private static int skipQuoted(String sql, int start, char quote) {
        int n = sql.length();
        int i = start + 1;
        while (i < n) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return n;
    }

    private static int skipLine(String sql, int start) {
        int nl = sql.indexOf('\n', start);
        return nl < 0 ? sql.length() : nl + 1;
    }

    private static int skipBlock(String sql, int start) {
        int close = sql.indexOf("*/", start + 2);
        return close < 0 ? sql.length() : close + 2;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
