package org.athanor.sql.compiler;

import java.sql.Types;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Dialect;
import org.athanor.engine.ValueProcessor;
import org.athanor.exc.CompileException;
import org.athanor.sql.types.BinaryType;
import org.athanor.sql.types.FloatType;
import org.athanor.sql.types.IntegerType;
import org.athanor.sql.types.NullType;
import org.athanor.sql.types.NumericType;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;
import org.athanor.sql.types.StringType;
import org.athanor.sql.types.TemporalType;

/**
 * Names SQL types for one database (in DDL and in CAST), supplies the value conversions statements bind and
 * read with, and maps types found by reflection back to Athanor's types. A dialect's kit overrides the
 * {@code name...} method of each family whose name differs, and the processors where its driver needs
 * other values.
 *
 * <p>Immutable and thread-safe.
 */
public class TypeCompiler {
    private static final Pattern DECLARED = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_ ]*)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*([A-Za-z ]*)\\s*");

    /** The dialect the types are named for. */
    protected final Dialect dialect;

    /**
     * Creates a type compiler.
     *
     * @param dialect the dialect
     */
    public TypeCompiler(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Returns the type's name in DDL.
     *
     * @param type the type
     * @return the name, such as {@code VARCHAR(50)}
     * @throws CompileException if the database cannot store the type as declared
     */
    public String ddlName(SqlType<?> type) {
        return switch (type.kind()) {
            case INTEGER -> nameInteger((IntegerType<?>) type);
            case NUMERIC -> nameNumeric((NumericType) type);
            case FLOAT -> nameFloat((FloatType) type);
            case STRING -> nameString((StringType) type);
            case TEXT -> nameText((StringType) type);
            case BOOLEAN -> nameBoolean();
            case DATE -> nameDate();
            case TIME -> nameTime();
            case DATETIME -> nameDateTime(((TemporalType<?>) type).timezone());
            case BINARY -> nameBinary((BinaryType) type);
            case UUID -> nameUuid();
            case JSON -> nameJson();
            case NULL -> nameUnknown((NullType) type);
        };
    }

    /**
     * Returns the type's name in {@code CAST(x AS name)}; by default its DDL name.
     *
     * @param type the type
     * @return the name
     */
    public String castName(SqlType<?> type) {
        return ddlName(type);
    }

    /** @param type the type @return SMALLINT, INTEGER or BIGINT */
    protected String nameInteger(IntegerType<?> type) {
        return type.toString();
    }

    /** @param type the type @return NUMERIC(p, s) */
    protected String nameNumeric(NumericType type) {
        return type.toString();
    }

    /** @param type the type @return REAL or DOUBLE PRECISION */
    protected String nameFloat(FloatType type) {
        return type.toString();
    }

    /** @param type the type @return VARCHAR(n) or CHAR(n) */
    protected String nameString(StringType type) {
        return type.toString();
    }

    /**
     * Fails for a string type without a length, for databases that need one.
     *
     * @param type the type
     * @return the type's name with its length
     */
    protected String requireLength(StringType type) {
        if (type.length() == null) {
            throw new CompileException(type.variant() + " needs a length on dialect " + dialect.name()
                    + "; declare it as SqlTypes.string(n), or use SqlTypes.TEXT.");
        }
        return type.toString();
    }

    /** @param type the type @return TEXT */
    protected String nameText(StringType type) {
        return "TEXT";
    }

    /** @return BOOLEAN */
    protected String nameBoolean() {
        return "BOOLEAN";
    }

    /** @return DATE */
    protected String nameDate() {
        return "DATE";
    }

    /** @return TIME */
    protected String nameTime() {
        return "TIME";
    }

    /** @param timezone whether with a time zone @return TIMESTAMP [WITH TIME ZONE] */
    protected String nameDateTime(boolean timezone) {
        return timezone ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
    }

    /** @param type the type @return VARBINARY(n) or BLOB */
    protected String nameBinary(BinaryType type) {
        return type.toString();
    }

    /** @return UUID where native, else CHAR(36) */
    protected String nameUuid() {
        return dialect.capabilities().has(Capabilities.Feature.NATIVE_UUID) ? "UUID" : "CHAR(36)";
    }

    /** @return JSON where the database has it, else TEXT */
    protected String nameJson() {
        return dialect.capabilities().has(Capabilities.Feature.JSON) ? "JSON" : "TEXT";
    }

    /**
     * Names a type Athanor does not know: the database's own name, as reflected.
     *
     * @param type the type
     * @return the name
     */
    protected String nameUnknown(NullType type) {
        if (type.name() == null) {
            throw new CompileException("A column without a type cannot be created; give it a type from SqlTypes.");
        }
        return type.name();
    }

    /**
     * Returns the conversion applied to values of a type before they are bound.
     *
     * @param type the type
     * @return the processor, or {@code null}
     */
    public ValueProcessor bindProcessor(SqlType<?> type) {
        return type.bindProcessor(dialect);
    }

    /**
     * Returns the conversion applied to values of a type read from results.
     *
     * @param type the type
     * @return the processor, or {@code null}
     */
    public ValueProcessor resultProcessor(SqlType<?> type) {
        return type.resultProcessor(dialect);
    }

    /**
     * Maps a reflected column type to an Athanor type, from the JDBC type code and the database's type
     * name (as {@code DatabaseMetaData.getColumns} reports them).
     *
     * @param jdbcType the {@link java.sql.Types} code
     * @param typeName the database's type name
     * @param size the column size (length or precision), or {@code null}
     * @param scale the decimal digits, or {@code null}
     * @return the type ({@link SqlTypes#unknown} if nothing fits)
     */
    public SqlType<?> reflectedType(int jdbcType, String typeName, Integer size, Integer scale) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return SqlTypes.UUID_TYPE;
        }
        if (name.equals("json") || name.equals("jsonb")) {
            return SqlTypes.JSON;
        }
        if (name.equals("text") || name.equals("clob") || name.equals("longtext") || name.equals("mediumtext")) {
            return SqlTypes.TEXT;
        }
        if (name.startsWith("timestamptz") || name.contains("with time zone")) {
            return SqlTypes.TIMESTAMP_TZ;
        }
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT -> SqlTypes.SMALLINT;
            case Types.INTEGER -> SqlTypes.INTEGER;
            case Types.BIGINT -> SqlTypes.BIGINT;
            case Types.BOOLEAN, Types.BIT -> SqlTypes.BOOLEAN;
            case Types.NUMERIC, Types.DECIMAL -> size == null || size <= 0 ? SqlTypes.NUMERIC
                    : SqlTypes.numeric(size, scale == null ? 0 : Math.min(Math.max(scale, 0), size));
            case Types.REAL -> SqlTypes.REAL;
            case Types.FLOAT, Types.DOUBLE -> SqlTypes.DOUBLE;
            case Types.CHAR, Types.NCHAR -> size == null || size <= 0 ? SqlTypes.VARCHAR : SqlTypes.fixedString(size);
            case Types.VARCHAR, Types.NVARCHAR -> size == null || size <= 0 || size >= 1_000_000_000
                    ? SqlTypes.TEXT : SqlTypes.string(size);
            case Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB -> SqlTypes.TEXT;
            case Types.DATE -> SqlTypes.DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> SqlTypes.TIME;
            case Types.TIMESTAMP -> SqlTypes.DATETIME;
            case Types.TIMESTAMP_WITH_TIMEZONE -> SqlTypes.TIMESTAMP_TZ;
            case Types.BINARY, Types.VARBINARY -> size == null || size <= 0 || size >= 1_000_000_000
                    ? SqlTypes.BLOB : SqlTypes.binary(size);
            case Types.LONGVARBINARY, Types.BLOB -> SqlTypes.BLOB;
            default -> typeFromName(typeName);
        };
    }

    /**
     * Maps a declared type name, such as {@code VARCHAR(50)} or {@code NUMERIC(10, 2)}, to an Athanor type
     * (for databases whose catalogs report declared names, like SQLite).
     *
     * @param declared the declared type
     * @return the type ({@link SqlTypes#unknown} if nothing fits)
     */
    public SqlType<?> typeFromName(String declared) {
        if (declared == null || declared.isBlank()) {
            return SqlTypes.NULL;
        }
        Matcher m = DECLARED.matcher(declared);
        if (!m.matches()) {
            return SqlTypes.unknown(declared);
        }
        String base = (m.group(1) + (m.group(4) == null || m.group(4).isBlank() ? "" : " " + m.group(4).trim()))
                .trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer a = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer b = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return switch (base) {
            case "SMALLINT", "TINYINT", "INT2" -> SqlTypes.SMALLINT;
            case "INTEGER", "INT", "MEDIUMINT", "INT4" -> SqlTypes.INTEGER;
            case "BIGINT", "INT8" -> SqlTypes.BIGINT;
            case "NUMERIC", "DECIMAL", "NUMBER" -> a == null ? SqlTypes.NUMERIC
                    : b == null ? SqlTypes.numeric(a) : SqlTypes.numeric(a, Math.min(b, a));
            case "REAL", "FLOAT4" -> SqlTypes.REAL;
            case "FLOAT", "DOUBLE", "DOUBLE PRECISION", "FLOAT8" -> SqlTypes.DOUBLE;
            case "VARCHAR", "CHARACTER VARYING", "NVARCHAR", "VARCHAR2", "NVARCHAR2" -> a == null ? SqlTypes.VARCHAR
                    : SqlTypes.string(a);
            case "CHAR", "CHARACTER", "NCHAR" -> a == null ? SqlTypes.fixedString(1) : SqlTypes.fixedString(a);
            case "TEXT", "CLOB", "NCLOB", "LONGTEXT", "MEDIUMTEXT" -> SqlTypes.TEXT;
            case "BOOLEAN", "BOOL" -> SqlTypes.BOOLEAN;
            case "DATE" -> SqlTypes.DATE;
            case "TIME" -> SqlTypes.TIME;
            case "DATETIME", "TIMESTAMP", "TIMESTAMP WITHOUT TIME ZONE" -> SqlTypes.DATETIME;
            case "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ" -> SqlTypes.TIMESTAMP_TZ;
            case "BLOB", "BYTEA", "LONGBLOB" -> SqlTypes.BLOB;
            case "VARBINARY", "BINARY" -> a == null ? SqlTypes.BLOB : SqlTypes.binary(a);
            case "UUID" -> SqlTypes.UUID_TYPE;
            case "JSON", "JSONB" -> SqlTypes.JSON;
            default -> SqlTypes.unknown(declared.trim());
        };
    }
}
