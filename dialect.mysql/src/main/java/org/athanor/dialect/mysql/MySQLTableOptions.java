package org.athanor.dialect.mysql;

import java.util.regex.Pattern;
import org.athanor.exc.ArgumentException;

/**
 * The table options MySQL's {@code CREATE TABLE} takes after the column list: the storage engine, the default
 * character set and the default collation (SQLAlchemy's {@code mysql_engine}, {@code mysql_charset} and
 * {@code mysql_collate}). A dialect holds engine-wide defaults ({@link MySQLDialect#defaultTableOptions()});
 * a table may override them.
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
