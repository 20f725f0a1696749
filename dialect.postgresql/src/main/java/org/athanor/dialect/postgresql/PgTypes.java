package org.athanor.dialect.postgresql;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.athanor.dialect.postgresql.sql.PgArrayValue;
import org.postgresql.util.PGobject;

/** Value conversions between Java and pgjdbc, both ways. Stateless and thread-safe. Not public API. */
final class PgTypes {

    /** PostgreSQL element type names for the Java classes an array may hold. */
    private static final Map<Class<?>, String> ARRAY_ELEMENT_TYPES = Map.ofEntries(
            Map.entry(String.class, "text"), Map.entry(Integer.class, "int4"), Map.entry(Long.class, "int8"),
            Map.entry(Short.class, "int2"), Map.entry(Boolean.class, "bool"), Map.entry(Double.class, "float8"),
            Map.entry(Float.class, "float4"), Map.entry(BigDecimal.class, "numeric"), Map.entry(UUID.class, "uuid"),
            Map.entry(LocalDate.class, "date"), Map.entry(LocalDateTime.class, "timestamp"),
            Map.entry(LocalTime.class, "time"), Map.entry(OffsetDateTime.class, "timestamptz"),
            Map.entry(byte[].class, "bytea"));

    private PgTypes() {
    }

    /**
     * Binds one value.
     *
     * @param ps the statement
     * @param index the one-based index
     * @param value the value
     * @throws SQLException if the driver fails
     */
    static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL); // pgjdbc sends this untyped, so the server infers the type
            return;
        }
        // the commonest values by exact class, with the setter pgjdbc's setObject would pick for them, without
        // its chain of class tests or the conversions below (a many-row insert binds every value of every row)
        Class<?> type = value.getClass();
        if (type == Integer.class) {
            ps.setInt(index, (Integer) value);
        } else if (type == String.class) {
            ps.setString(index, (String) value);
        } else if (type == Long.class) {
            ps.setLong(index, (Long) value);
        } else if (type == Double.class) {
            ps.setDouble(index, (Double) value);
        } else if (type == Boolean.class) {
            ps.setBoolean(index, (Boolean) value);
        } else if (value instanceof PgArrayValue a) {
            Object[] converted = new Object[a.elements().length];
            for (int i = 0; i < converted.length; i++) {
                converted[i] = a.elements()[i] == null ? null : scalar(a.elements()[i]);
            }
            ps.setArray(index, ps.getConnection().createArrayOf(a.elementType(), converted));
        } else if (value instanceof Collection<?> c) {
            bindArray(ps, index, c.toArray());
        } else if (value instanceof Object[] a) {
            bindArray(ps, index, a);
        } else {
            ps.setObject(index, scalar(value));
        }
    }

    /** Converts what pgjdbc does not take as it is. */
    private static Object scalar(Object value) {
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        if (value instanceof Character ch) {
            return ch.toString();
        }
        if (value instanceof java.util.Date d && !(value instanceof java.sql.Date || value instanceof java.sql.Time
                || value instanceof Timestamp)) {
            return new Timestamp(d.getTime());
        }
        return value;
    }

    private static void bindArray(PreparedStatement ps, int index, Object[] elements) throws SQLException {
        Object[] converted = new Object[elements.length];
        String type = null;
        for (int i = 0; i < elements.length; i++) {
            converted[i] = elements[i] == null ? null : scalar(elements[i]);
            if (type == null && converted[i] != null) {
                type = ARRAY_ELEMENT_TYPES.get(converted[i].getClass());
                if (type == null) {
                    throw new SQLException("Cannot bind a PostgreSQL array of " + converted[i].getClass().getName()
                            + "; elements may be " + ARRAY_ELEMENT_TYPES.keySet().stream()
                            .map(Class::getSimpleName).sorted().toList() + ".", "22023");
                }
            }
        }
        if (type == null) {
            // empty or all null: an untyped literal the server casts to the column's array type
            ps.setObject(index, emptyOrNullArrayLiteral(converted.length), Types.OTHER);
            return;
        }
        ps.setArray(index, ps.getConnection().createArrayOf(type, converted));
    }

    private static String emptyOrNullArrayLiteral(int nulls) {
        return "{" + String.join(",", Collections.nCopies(nulls, "NULL")) + "}";
    }

    /**
     * Reads one value.
     *
     * @param rs the result set on a row
     * @param index the one-based column index
     * @return the value
     * @throws SQLException if the driver fails
     */
    static Object read(ResultSet rs, int index) throws SQLException {
        Object value = rs.getObject(index);
        if (value == null) {
            return null;
        }
        Class<?> type = value.getClass();
        if (type == String.class || type == Integer.class || type == Long.class || type == Double.class
                || type == Boolean.class || type == BigDecimal.class) {
            return value; // the common values need nothing, and exact class tests are cheaper than the ones below
        }
        if (value instanceof Timestamp ts) {
            return "timestamptz".equals(rs.getMetaData().getColumnTypeName(index))
                    ? rs.getObject(index, OffsetDateTime.class) : ts.toLocalDateTime();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Time t) {
            return "timetz".equals(rs.getMetaData().getColumnTypeName(index))
                    ? rs.getObject(index, OffsetTime.class) : t.toLocalTime();
        }
        if (value instanceof java.sql.Array a) {
            try {
                return toList(a.getArray());
            } finally {
                a.free();
            }
        }
        if (value.getClass() == PGobject.class) {
            return ((PGobject) value).getValue(); // json, jsonb, inet, ... as text
        }
        return value;
    }

    /** Turns a (possibly nested) Java array into unmodifiable lists that may hold nulls. */
    private static List<Object> toList(Object array) {
        int n = Array.getLength(array);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object e = Array.get(array, i);
            if (e instanceof java.sql.Date d) {
                e = d.toLocalDate();
            } else if (e instanceof Timestamp ts) {
                e = ts.toLocalDateTime();
            } else if (e != null && e.getClass().isArray() && !(e instanceof byte[])) {
                e = toList(e);
            }
            out.add(e);
        }
        return Collections.unmodifiableList(out);
    }
}
