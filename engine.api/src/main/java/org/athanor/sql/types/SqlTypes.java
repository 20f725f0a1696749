package org.athanor.sql.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.athanor.exc.ArgumentException;

/**
 * The standard SQL types: constants for the parameterless ones and factories for those with a length,
 * precision or scale.
 *
 * <pre>{@code
 * Column.of("id", SqlTypes.INTEGER).primaryKey();
 * Column.of("name", SqlTypes.string(50));
 * Column.of("price", SqlTypes.numeric(10, 2));
 * }</pre>
 *
 * <p>Thread-safe: every type is immutable.
 */
public final class SqlTypes {
    /** SMALLINT, as {@code Integer}. */
    public static final IntegerType<Integer> SMALLINT = new IntegerType<>(IntegerType.Size.SMALL, Integer.class);
    /** INTEGER, as {@code Integer}. */
    public static final IntegerType<Integer> INTEGER = new IntegerType<>(IntegerType.Size.REGULAR, Integer.class);
    /** BIGINT, as {@code Long}. */
    public static final IntegerType<Long> BIGINT = new IntegerType<>(IntegerType.Size.BIG, Long.class);
    /** NUMERIC without precision, as {@code BigDecimal}. */
    public static final NumericType NUMERIC = new NumericType(null, null);
    /** REAL (single precision), as {@code Double}. */
    public static final FloatType REAL = new FloatType(false);
    /** DOUBLE PRECISION, as {@code Double}. */
    public static final FloatType DOUBLE = new FloatType(true);
    /** VARCHAR without a length, as {@code String} (not accepted by MySQL and Oracle DDL). */
    public static final StringType VARCHAR = new StringType(StringType.Variant.VARCHAR, null);
    /** TEXT (CLOB on Oracle), as {@code String}. */
    public static final StringType TEXT = new StringType(StringType.Variant.TEXT, null);
    /** BOOLEAN, as {@code Boolean}. */
    public static final BooleanType BOOLEAN = new BooleanType();
    /** DATE, as {@code LocalDate}. */
    public static final TemporalType<LocalDate> DATE = TemporalType.date();
    /** TIME, as {@code LocalTime}. */
    public static final TemporalType<LocalTime> TIME = TemporalType.time();
    /** TIMESTAMP without time zone, as {@code LocalDateTime}. */
    public static final TemporalType<LocalDateTime> DATETIME = TemporalType.dateTime();
    /** TIMESTAMP WITH TIME ZONE, as {@code OffsetDateTime}. */
    public static final TemporalType<OffsetDateTime> TIMESTAMP_TZ = TemporalType.dateTimeWithZone();
    /** A large binary (BLOB, BYTEA), as {@code byte[]}. */
    public static final BinaryType BLOB = new BinaryType(null);
    /** UUID, as {@code java.util.UUID}. */
    public static final UuidType UUID_TYPE = new UuidType();
    /** JSON, as the document text. */
    public static final JsonType JSON = new JsonType();
    /** The unknown type: values pass through. */
    public static final NullType NULL = new NullType(null);

    private SqlTypes() {
    }

    /**
     * VARCHAR of a length.
     *
     * @param length the most characters
     * @return the type
     */
    public static StringType string(int length) {
        return new StringType(StringType.Variant.VARCHAR, positive(length, "A VARCHAR length"));
    }

    /**
     * CHAR of a fixed length.
     *
     * @param length the characters
     * @return the type
     */
    public static StringType fixedString(int length) {
        return new StringType(StringType.Variant.CHAR, positive(length, "A CHAR length"));
    }

    /**
     * NUMERIC with a precision and scale.
     *
     * @param precision total digits
     * @param scale digits after the decimal point
     * @return the type
     */
    public static NumericType numeric(int precision, int scale) {
        positive(precision, "A NUMERIC precision");
        if (scale < 0 || scale > precision) {
            throw new ArgumentException("A NUMERIC scale must be between 0 and the precision (" + precision
                    + "), not " + scale + ".");
        }
        return new NumericType(precision, scale);
    }

    /**
     * NUMERIC with a precision and no scale given.
     *
     * @param precision total digits
     * @return the type
     */
    public static NumericType numeric(int precision) {
        return new NumericType(positive(precision, "A NUMERIC precision"), null);
    }

    /**
     * VARBINARY of a length.
     *
     * @param length the most bytes
     * @return the type
     */
    public static BinaryType binary(int length) {
        return new BinaryType(positive(length, "A VARBINARY length"));
    }

    /**
     * The unknown type with the database's name for it, as reflection finds it.
     *
     * @param databaseName the name
     * @return the type
     */
    public static NullType unknown(String databaseName) {
        return new NullType(databaseName);
    }

    /**
     * Infers the type of a Java value, for literals and bind parameters given without a type.
     *
     * @param value the value, possibly {@code null}
     * @return the type ({@link #NULL} if nothing fits)
     */
    public static SqlType<?> forValue(Object value) {
        if (value == null) {
            return NULL;
        }
        return forJavaType(value.getClass());
    }

    /**
     * Returns the type usually used for values of a Java class.
     *
     * @param javaType the class
     * @return the type ({@link #NULL} if nothing fits)
     */
    public static SqlType<?> forJavaType(Class<?> javaType) {
        if (javaType == Integer.class || javaType == Short.class || javaType == Byte.class) {
            return INTEGER;
        }
        if (javaType == Long.class || javaType == BigInteger.class) {
            return BIGINT;
        }
        if (javaType == BigDecimal.class) {
            return NUMERIC;
        }
        if (javaType == Double.class || javaType == Float.class) {
            return DOUBLE;
        }
        if (CharSequence.class.isAssignableFrom(javaType)) {
            return VARCHAR;
        }
        if (javaType == Boolean.class) {
            return BOOLEAN;
        }
        if (javaType == LocalDate.class) {
            return DATE;
        }
        if (javaType == LocalTime.class) {
            return TIME;
        }
        if (javaType == LocalDateTime.class) {
            return DATETIME;
        }
        if (javaType == OffsetDateTime.class) {
            return TIMESTAMP_TZ;
        }
        if (javaType == byte[].class) {
            return BLOB;
        }
        if (javaType == UUID.class) {
            return UUID_TYPE;
        }
        return NULL;
    }

    private static int positive(int n, String what) {
        if (n <= 0) {
            throw new ArgumentException(what + " must be positive, not " + n + ".");
        }
        return n;
    }
}
