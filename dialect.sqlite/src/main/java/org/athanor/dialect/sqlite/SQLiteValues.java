package org.athanor.dialect.sqlite;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Converts Java values to the forms SQLite stores, where sqlite-jdbc's own choice would differ from
 * SQLAlchemy's.
 *
 * <p>SQLite has no date or time storage class. SQLAlchemy's SQLite types store them as ISO-8601 text —
 * {@code 2024-02-29}, {@code 13:45:30.123456}, {@code 2024-02-29 13:45:30.123456} (a space, microseconds) —
 * which sorts correctly, which SQLite's date functions read, and which lets an Athanor application and a
 * SQLAlchemy application share a database file. sqlite-jdbc would store a {@code java.sql.Timestamp} as
 * milliseconds since the epoch and a {@code LocalDateTime} with a {@code T}, so this class writes the
 * text itself. Precision beyond microseconds is dropped (truncated), as SQLAlchemy does.
 *
 * <p>Stateless and thread-safe.
 */
final class SQLiteValues {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private SQLiteValues() {
    }

    /**
     * Returns the value to bind in place of a Java value.
     *
     * @param value the value, not null
     * @return the text form for dates and times; the value itself otherwise
     */
    static Object toDriver(Object value) {
        Class<?> type = value.getClass();
        if (type == String.class || type == Integer.class || type == Long.class || type == Double.class
                || type == Boolean.class) {
            return value; // the common values go as they are, after one cheap test instead of six
        }
        if (value instanceof LocalDateTime v) {
            return DATETIME.format(v);
        }
        if (value instanceof LocalDate v) {
            return v.toString();
        }
        if (value instanceof LocalTime v) {
            return TIME.format(v);
        }
        if (value instanceof java.sql.Timestamp v) {
            return DATETIME.format(v.toLocalDateTime());
        }
        if (value instanceof java.sql.Date v) {
            return v.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time v) {
            return TIME.format(v.toLocalTime());
        }
        return value;
    }
}
