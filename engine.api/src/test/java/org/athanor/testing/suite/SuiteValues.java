package org.athanor.testing.suite;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads a value a driver returned as the Java value it denotes, whatever form the database keeps it in:
 * {@code 1} as {@code true}, {@code "2024-02-29"} as a {@link LocalDate}, a {@link java.sql.Timestamp} as a
 * {@link LocalDateTime}, a BigDecimal as a long. Text SQL carries no column types, so each database returns
 * its storage form (SQLite, as with SQLAlchemy's {@code text()}, returns dates as text); the suite checks that
 * the value survived, not its form. A value that denotes nothing of the wanted kind fails with its class.
 *
 * <p>Thread-safe: stateless.
 */
public final class SuiteValues {
    private SuiteValues() {
    }

    /**
     * Reads a whole number.
     *
     * @param v the value
     * @return the number
     */
    public static long asLong(Object v) {
        if (v instanceof BigDecimal d) {
            return d.longValueExact();
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s) {
            return Long.parseLong(s.trim());
        }
        throw unexpected(v, "a whole number");
    }

    /**
     * Reads a decimal number.
     *
     * @param v the value
     * @return the number
     */
    public static BigDecimal asDecimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue());
        }
        if (v instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (v instanceof String s) {
            return new BigDecimal(s.trim());
        }
        throw unexpected(v, "a decimal number");
    }

    /**
     * Reads a floating-point number.
     *
     * @param v the value
     * @return the number
     */
    public static double asDouble(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            return Double.parseDouble(s.trim());
        }
        throw unexpected(v, "a floating-point number");
    }

    /**
     * Reads a boolean: a Boolean, 0 or 1, or the text true/false/t/f/1/0.
     *
     * @param v the value
     * @return the boolean
     */
    public static boolean asBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n && (n.intValue() == 0 || n.intValue() == 1)) {
            return n.intValue() == 1;
        }
        if (v instanceof String s) {
            switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "t", "1":
                    return true;
                case "false", "f", "0":
                    return false;
                default:
                    break;
            }
        }
        throw unexpected(v, "a boolean");
    }

    /**
     * Reads a date; a timestamp at midnight (Oracle's DATE) counts.
     *
     * @param v the value
     * @return the date
     */
    public static LocalDate asDate(Object v) {
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Timestamp || v instanceof LocalDateTime) {
            LocalDateTime t = asTimestamp(v);
            if (t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                return t.toLocalDate();
            }
        }
        if (v instanceof String s && s.length() >= 10) {
            try {
                return LocalDate.parse(s.substring(0, 10));
            } catch (DateTimeParseException e) {
                throw unexpected(v, "a date");
            }
        }
        throw unexpected(v, "a date");
    }

    /**
     * Reads a time of day.
     *
     * @param v the value
     * @return the time
     */
    public static LocalTime asTime(Object v) {
        if (v instanceof LocalTime t) {
            return t;
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime().withNano((int) Math.floorMod(t.getTime(), 1000L) * 1_000_000);
        }
        if (v instanceof java.time.Duration d) {
            return LocalTime.MIDNIGHT.plus(d);
        }
        if (v instanceof String s) {
            try {
                return LocalTime.parse(s.trim());
            } catch (DateTimeParseException e) {
                throw unexpected(v, "a time");
            }
        }
        throw unexpected(v, "a time");
    }

    /**
     * Reads a date and time without zone.
     *
     * @param v the value
     * @return the timestamp
     */
    public static LocalDateTime asTimestamp(Object v) {
        if (v instanceof LocalDateTime t) {
            return t;
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof OffsetDateTime t) {
            return t.toLocalDateTime();
        }
        if (v instanceof String s) {
            try {
                return LocalDateTime.parse(s.trim().replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                throw unexpected(v, "a timestamp");
            }
        }
        throw unexpected(v, "a timestamp");
    }

    /**
     * Reads bytes.
     *
     * @param v the value
     * @return the bytes
     */
    public static byte[] asBytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof Blob b) {
            try {
                return b.getBytes(1, (int) b.length());
            } catch (SQLException e) {
                throw new AssertionError("Could not read the Blob the driver returned: " + e, e);
            }
        }
        throw unexpected(v, "bytes");
    }

    /**
     * Reads text.
     *
     * @param v the value
     * @return the text
     */
    public static String asText(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Clob c) {
            try (Reader r = c.getCharacterStream()) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[4096];
                for (int n; (n = r.read(buf)) > 0;) {
                    sb.append(buf, 0, n);
                }
                return sb.toString();
            } catch (SQLException | IOException e) {
                throw new AssertionError("Could not read the Clob the driver returned: " + e, e);
            }
        }
        throw unexpected(v, "text");
    }

    private static AssertionError unexpected(Object v, String wanted) {
        return new AssertionError("Expected " + wanted + " but the database returned "
                + (v == null ? "null" : v.getClass().getName() + " '" + v + "'"));
    }
}
