package org.athanor.sql.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.UUID;
import org.athanor.exc.ConversionException;
import org.athanor.exc.ArgumentException;

/**
 * Conversions between the values drivers return and the Java classes Athanor's types use: numbers between
 * numeric classes, text to numbers, dates, times and UUIDs, JDBC date-time classes to {@code java.time},
 * LOBs to strings and bytes.
 *
 * <p>Stateless and thread-safe.
 */
public final class ValueConversions {

    /** ISO date and time with a space or a {@code T} between, fraction optional. */
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);

    /** The text form used to store date-times as text: {@code 2024-01-31 12:30:00.000000}. */
    public static final DateTimeFormatter TEXT_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ')
            .appendPattern("HH:mm:ss").appendFraction(ChronoField.MICRO_OF_SECOND, 6, 6, true)
            .toFormatter(Locale.ROOT);

    private ValueConversions() {
    }

    /**
     * Converts a value to a target class, or fails with a message naming both.
     *
     * @param value the value, possibly {@code null}
     * @param target the class wanted
     * @param <T> the class wanted
     * @return the converted value, or {@code null} for {@code null}
     * @throws ConversionException if the value cannot be converted
     */
    @SuppressWarnings("unchecked")
    public static <T> T convert(Object value, Class<T> target) {
        if (value == null) {
            return null;
        }
        try {
            Object v = readLob(value, target);
            if (target.isInstance(v)) {
                return (T) v;
            }
            Object out = convertNonNull(v, target);
            if (out != null) {
                return (T) out;
            }
        } catch (RuntimeException e) {
            if (e instanceof ConversionException) {
                throw e;
            }
            throw new ConversionException("Cannot convert the value '" + abbreviate(value) + "' (" + value.getClass()
                    .getName() + ") to " + target.getSimpleName() + ": " + e.getMessage(), e);
        }
        throw new ConversionException("Cannot convert a value of " + value.getClass().getName() + " to "
                + target.getSimpleName() + "; declare the column with a type that matches what the database"
                + " returns.");
    }

    private static Object convertNonNull(Object v, Class<?> target) {
        if (target == String.class) {
            return v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : v.toString();
        }
        if (Number.class.isAssignableFrom(target)) {
            return toNumber(v, target);
        }
        if (target == Boolean.class) {
            return toBoolean(v);
        }
        if (target == LocalDate.class) {
            return toLocalDate(v);
        }
        if (target == LocalTime.class) {
            return toLocalTime(v);
        }
        if (target == LocalDateTime.class) {
            return toLocalDateTime(v);
        }
        if (target == OffsetDateTime.class) {
            return toOffsetDateTime(v);
        }
        if (target == UUID.class) {
            return toUuid(v);
        }
        if (target == byte[].class && v instanceof String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return null;
    }

    private static Object readLob(Object v, Class<?> target) {
        try {
            if (v instanceof Clob c && target != Clob.class) {
                long n = c.length();
                return n == 0 ? "" : c.getSubString(1, (int) n);
            }
            if (v instanceof Blob b && target != Blob.class) {
                long n = b.length();
                return n == 0 ? new byte[0] : b.getBytes(1, (int) n);
            }
        } catch (SQLException e) {
            throw new ConversionException("Could not read a large object from the driver: " + e.getMessage(), e);
        }
        return v;
    }

    private static Object toNumber(Object v, Class<?> target) {
        Number n;
        if (v instanceof Number num) {
            n = num;
        } else if (v instanceof Boolean b) {
            n = b ? 1 : 0;
        } else if (v instanceof CharSequence s) {
            n = new BigDecimal(s.toString().trim());
        } else {
            return null;
        }
        if (target == Integer.class) {
            return checkedLong(n, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        }
        if (target == Long.class) {
            return checkedLong(n, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (target == Short.class) {
            return checkedLong(n, Short.MIN_VALUE, Short.MAX_VALUE).shortValue();
        }
        if (target == Byte.class) {
            return checkedLong(n, Byte.MIN_VALUE, Byte.MAX_VALUE).byteValue();
        }
        if (target == Double.class) {
            return n.doubleValue();
        }
        if (target == Float.class) {
            return n.floatValue();
        }
        if (target == BigDecimal.class) {
            return toBigDecimal(n);
        }
        if (target == BigInteger.class) {
            return toBigDecimal(n).toBigIntegerExact();
        }
        return n;
    }

    private static Long checkedLong(Number n, long min, long max) {
        BigDecimal d = toBigDecimal(n);
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ConversionException("The number " + d + " is out of range [" + min + ", " + max + "].");
        }
        return d.longValue();
    }

    /**
     * Converts a number to a {@code BigDecimal} without going through binary floating point for doubles
     * (so 0.1 stays 0.1).
     *
     * @param n the number
     * @return the decimal
     */
    public static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Double || n instanceof Float) {
            return new BigDecimal(n.toString());
        }
        return BigDecimal.valueOf(n.longValue());
    }

    private static Boolean toBoolean(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        String s = v.toString().trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "1", "t", "true", "y", "yes", "on" -> true;
            case "0", "f", "false", "n", "no", "off" -> false;
            default -> throw new ConversionException("'" + abbreviate(v) + "' is not a boolean value.");
        };
    }

    private static LocalDate toLocalDate(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Timestamp || v instanceof LocalDateTime || v instanceof OffsetDateTime) {
            return toLocalDateTime(v).toLocalDate();
        }
        if (v instanceof java.util.Date d) {
            return Instant.ofEpochMilli(d.getTime()).atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }
        if (v instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue()).atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }
        String s = v.toString().trim();
        return s.length() > 10 ? toLocalDateTime(s).toLocalDate() : LocalDate.parse(s);
    }

    private static LocalTime toLocalTime(Object v) {
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        if (v instanceof java.sql.Timestamp || v instanceof LocalDateTime) {
            return toLocalDateTime(v).toLocalTime();
        }
        if (v instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue()).atZone(java.time.ZoneId.systemDefault()).toLocalTime();
        }
        return LocalTime.parse(v.toString().trim());
    }

    private static LocalDateTime toLocalDateTime(Object v) {
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof OffsetDateTime o) {
            return o.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().atStartOfDay();
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (v instanceof java.util.Date d) {
            return LocalDateTime.ofInstant(Instant.ofEpochMilli(d.getTime()), java.time.ZoneId.systemDefault());
        }
        if (v instanceof Number n) {
            return LocalDateTime.ofInstant(Instant.ofEpochMilli(n.longValue()), java.time.ZoneId.systemDefault());
        }
        String s = v.toString().trim();
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay();
        }
        return LocalDateTime.parse(s, LOCAL_DATE_TIME);
    }

    private static OffsetDateTime toOffsetDateTime(Object v) {
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (v instanceof LocalDateTime l) {
            return l.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof java.time.ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        String s = v.toString().trim().replace(' ', 'T');
        if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d(:?\\d\\d)?$")) {
            if (s.matches(".*[+-]\\d\\d$")) {
                s = s + ":00";
            }
            return OffsetDateTime.parse(s);
        }
        return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
    }

    private static UUID toUuid(Object v) {
        if (v instanceof byte[] b) {
            if (b.length != 16) {
                throw new ConversionException("A UUID needs 16 bytes, not " + b.length + ".");
            }
            ByteBuffer buf = ByteBuffer.wrap(b);
            return new UUID(buf.getLong(), buf.getLong());
        }
        return UUID.fromString(v.toString().trim());
    }

    /**
     * Formats a date-time as text ({@code yyyy-MM-dd HH:mm:ss.SSSSSS}), for databases that store them so.
     *
     * @param value a {@code LocalDateTime}, {@code OffsetDateTime} (converted to UTC) or other value
     * @return the text, or the value unchanged if it is not a date-time
     */
    public static Object dateTimeAsText(Object value) {
        if (value instanceof LocalDateTime l) {
            return TEXT_DATE_TIME.format(l);
        }
        if (value instanceof OffsetDateTime o) {
            return TEXT_DATE_TIME.format(o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (value instanceof java.sql.Timestamp t) {
            return TEXT_DATE_TIME.format(t.toLocalDateTime());
        }
        return value;
    }

    /**
     * Checks that a value is acceptable for a Java class before it is bound, converting compatible values
     * (an {@code Integer} for a {@code Long} column, text for a date).
     *
     * @param value the value
     * @param target the class the type carries
     * @param what what the value is for, for the message
     * @return the value, converted
     * @throws ArgumentException if it cannot be converted
     */
    public static Object coerceForBind(Object value, Class<?> target, String what) {
        if (value == null || target == Object.class || target.isInstance(value)) {
            return value;
        }
        try {
            return convert(value, target);
        } catch (ConversionException e) {
            throw new ArgumentException("The value '" + abbreviate(value) + "' given for " + what
                    + " is not a " + target.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String abbreviate(Object v) {
        String s = String.valueOf(v);
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
