package org.athanor.engine.impl.result;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.athanor.exc.ArgumentException;

/**
 * Converts result values to the type a caller asks for ({@code row.get("id", Long.class)}): numbers between
 * numeric types, anything to String, numbers and text to Boolean, JDBC date and time values (and ISO text,
 * as SQLite stores them) to {@code java.time} types, text to UUID.
 *
 * <p>Stateless and thread-safe.
 */
public final class Conversions {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);

    private Conversions() {
    }

    /**
     * Converts a value.
     *
     * @param value the value, possibly {@code null}
     * @param type the type wanted
     * @param <T> the type
     * @return the converted value ({@code null} stays {@code null})
     * @throws ArgumentException if the value cannot be converted
     */
    @SuppressWarnings("unchecked")
    public static <T> T convert(Object value, Class<T> type) {
        if (value == null) {
            return null;
        }
        Class<?> target = type.isPrimitive() ? BOXES.get(type) : type;
        if (target.isInstance(value)) {
            return (T) value;
        }
        Object out = convertTo(value, target);
        if (out == null) {
            throw new ArgumentException("Cannot convert a " + value.getClass().getName() + " ('" + value + "') to "
                    + type.getName() + ".");
        }
        return (T) out;
    }

    private static Object convertTo(Object v, Class<?> t) {
        if (t == String.class) {
            return v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v.toString();
        }
        if (t == Object.class) {
            return v;
        }
        if (Number.class.isAssignableFrom(t)) {
            return toNumber(v, t);
        }
        if (t == Boolean.class) {
            return toBoolean(v);
        }
        if (t == UUID.class) {
            return v instanceof byte[] b && b.length == 16 ? uuidOf(b) : UUID.fromString(v.toString());
        }
        if (t == Character.class && v instanceof CharSequence s && s.length() == 1) {
            return s.charAt(0);
        }
        return toTime(v, t);
    }

    private static Object toNumber(Object v, Class<?> t) {
        Number n;
        if (v instanceof Number x) {
            n = x;
        } else if (v instanceof Boolean b) {
            n = b ? 1 : 0;
        } else if (v instanceof CharSequence s) {
            try {
                n = new BigDecimal(s.toString().trim());
            } catch (NumberFormatException e) {
                throw new ArgumentException("Cannot convert the text '" + s + "' to " + t.getSimpleName() + ".", e);
            }
        } else {
            return null;
        }
        if (t == Integer.class) {
            return n.intValue();
        }
        if (t == Long.class) {
            return n.longValue();
        }
        if (t == Double.class) {
            return n.doubleValue();
        }
        if (t == Float.class) {
            return n.floatValue();
        }
        if (t == Short.class) {
            return n.shortValue();
        }
        if (t == Byte.class) {
            return n.byteValue();
        }
        if (t == BigDecimal.class) {
            return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
        }
        if (t == BigInteger.class) {
            return n instanceof BigInteger i ? i : new BigDecimal(n.toString()).toBigInteger();
        }
        if (t == Number.class) {
            return n;
        }
        return null;
    }

    private static Object toBoolean(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof CharSequence s) {
            return switch (s.toString().trim().toLowerCase(Locale.ROOT)) {
                case "true", "t", "yes", "y", "1" -> Boolean.TRUE;
                case "false", "f", "no", "n", "0" -> Boolean.FALSE;
                default -> null;
            };
        }
        return null;
    }

    private static Object toTime(Object v, Class<?> t) {
        if (v instanceof java.sql.Timestamp ts) {
            if (t == LocalDateTime.class) {
                return ts.toLocalDateTime();
            }
            if (t == Instant.class) {
                return ts.toInstant();
            }
            if (t == LocalDate.class) {
                return ts.toLocalDateTime().toLocalDate();
            }
        }
        if (v instanceof java.sql.Date d && t == LocalDate.class) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Time tm && t == LocalTime.class) {
            return tm.toLocalTime();
        }
        if (v instanceof CharSequence s) {
            String text = s.toString().trim();
            if (t == LocalDate.class) {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            }
            if (t == LocalDateTime.class) {
                return LocalDateTime.parse(text.replace(' ', 'T'));
            }
            if (t == LocalTime.class) {
                return LocalTime.parse(text);
            }
            if (t == OffsetDateTime.class) {
                return OffsetDateTime.parse(text.replace(' ', 'T'));
            }
            if (t == Instant.class) {
                return Instant.parse(text.replace(' ', 'T'));
            }
        }
        if (v instanceof Number n && t == Instant.class) {
            return Instant.ofEpochMilli(n.longValue());
        }
        return null;
    }

    private static UUID uuidOf(byte[] b) {
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (b[i] & 0xff);
            lo = (lo << 8) | (b[i + 8] & 0xff);
        }
        return new UUID(hi, lo);
    }
}
