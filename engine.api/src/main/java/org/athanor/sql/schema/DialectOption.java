package org.athanor.sql.schema;

import java.util.regex.Pattern;
import org.athanor.exc.ArgumentException;

/**
 * A table setting meant for one database only, given to a {@link Table} among its columns (SQLAlchemy's
 * {@code mysql_engine="InnoDB"} keyword arguments): the key starts with the dialect's name and an underscore,
 * and only that dialect's DDL reads it; every other dialect ignores it, so one table declaration serves all
 * databases.
 *
 * <pre>{@code
 * new Table("events", metadata,
 *         Column.of("id", SqlTypes.BIGINT).primaryKey(),
 *         DialectOption.of("mysql_engine", "InnoDB"),
 *         DialectOption.of("mysql_charset", "utf8mb4"));
 * }</pre>
 *
 * <p>Which keys a dialect reads is its own documentation's business (the MySQL dialect reads
 * {@code mysql_engine}, {@code mysql_charset} and {@code mysql_collate}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the option, {@code <dialect>_<name>} in lower case, such as {@code mysql_engine}
 * @param value its value: a string, number or boolean
 */
public record DialectOption(String key, Object value) implements TableElement {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*_[a-z0-9_]+");

    /** Checks the key's form and the value's class. */
    public DialectOption {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new ArgumentException("A dialect option's key is the dialect's name, an underscore and the"
                    + " option's name, in lower case (such as mysql_engine), not '" + key + "'.");
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw new ArgumentException("The value of dialect option " + key + " must be a string, number or"
                    + " boolean, not " + (value == null ? "null" : value.getClass().getName()) + ".");
        }
    }

    /**
     * Makes an option.
     *
     * @param key the key, such as {@code mysql_engine}
     * @param value the value
     * @return the option
     */
    public static DialectOption of(String key, Object value) {
        return new DialectOption(key, value);
    }

    /** @return the dialect the option is for: the key up to its first underscore */
    public String dialect() {
        return key.substring(0, key.indexOf('_'));
    }
}
