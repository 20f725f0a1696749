package org.athanor.dialect.mysql;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.schema.DialectOption;
import org.athanor.sql.schema.Table;

/**
 * The table options MySQL's {@code CREATE TABLE} takes after the column list: the storage engine, the default
 * character set and the default collation (SQLAlchemy's {@code mysql_engine}, {@code mysql_charset} and
 * {@code mysql_collate}). A dialect holds engine-wide defaults ({@link MySQLDialect#defaultTableOptions()});
 * a table overrides them with {@link DialectOption}s of the same keys ({@link #of(Table)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param engine the storage engine, such as {@code InnoDB}, or {@code null} for the server's default
 * @param charset the default character set, such as {@code utf8mb4}, or {@code null}
 * @param collate the default collation, such as {@code utf8mb4_unicode_ci}, or {@code null}
 */
public record MySQLTableOptions(String engine, String charset, String collate) {

    /** No options: the server's defaults. */
    public static final MySQLTableOptions NONE = new MySQLTableOptions(null, null, null);

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final Set<String> KEYS = Set.of(MySQLDialect.ENGINE_OPTION, MySQLDialect.CHARSET_OPTION,
            MySQLDialect.COLLATE_OPTION);

    /** Checks that each option is a plain name, so that none can carry SQL. */
    public MySQLTableOptions {
        check("engine", engine);
        check("charset", charset);
        check("collate", collate);
    }

    private static void check(String what, String value) {
        if (value != null && !NAME.matcher(value).matches()) {
            throw new ArgumentException("MySQL table option " + what + " must be a name of letters, digits and"
                    + " '_' (such as InnoDB or utf8mb4), not '" + value + "'.");
        }
    }

    /**
     * Reads the options a table was given as {@link DialectOption}s: {@code mysql_engine}, {@code mysql_charset}
     * and {@code mysql_collate}.
     *
     * @param table the table
     * @return its options ({@link #NONE} when it has none)
     * @throws ArgumentException if the table has a {@code mysql_} option of another name, which MySQL's DDL
     *     would otherwise silently leave out
     */
    public static MySQLTableOptions of(Table table) {
        for (String key : table.dialectOptions().keySet()) {
            if (key.startsWith("mysql_") && !KEYS.contains(key)) {
                throw new ArgumentException("Table '" + table.name() + "' has the dialect option " + key
                        + ", which the MySQL dialect does not know; it reads " + String.join(", ",
                        new TreeSet<>(KEYS)) + ".");
            }
        }
        Map<String, Object> o = table.dialectOptions();
        return new MySQLTableOptions(text(o.get(MySQLDialect.ENGINE_OPTION)),
                text(o.get(MySQLDialect.CHARSET_OPTION)), text(o.get(MySQLDialect.COLLATE_OPTION)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * Returns these options with another's non-null values laid over them.
     *
     * @param other the options that win, or {@code null}
     * @return the merged options
     */
    public MySQLTableOptions merge(MySQLTableOptions other) {
        if (other == null) {
            return this;
        }
        return new MySQLTableOptions(other.engine != null ? other.engine : engine,
                other.charset != null ? other.charset : charset, other.collate != null ? other.collate : collate);
    }

    /** @return whether no option is set */
    public boolean isEmpty() {
        return engine == null && charset == null && collate == null;
    }

    /**
     * Renders the options as they follow {@code CREATE TABLE t (...)}.
     *
     * @return for example {@code " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"}, or
     *     {@code ""} when empty
     */
    public String toDdl() {
        StringBuilder sb = new StringBuilder();
        if (engine != null) {
            sb.append(" ENGINE=").append(engine);
        }
        if (charset != null) {
            sb.append(" DEFAULT CHARSET=").append(charset);
        }
        if (collate != null) {
            sb.append(" COLLATE=").append(collate);
        }
        return sb.toString();
    }
}
