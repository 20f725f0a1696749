package org.athanor.dialect.postgresql.sql;

import java.sql.Types;
import java.util.List;
import org.athanor.dialect.Dialect;
import org.athanor.engine.ValueProcessor;
import org.athanor.sql.compiler.TypeCompiler;
import org.athanor.sql.types.ArrayType;
import org.athanor.sql.types.BinaryType;
import org.athanor.sql.types.FloatType;
import org.athanor.sql.types.IntegerType;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.StringType;
import org.athanor.sql.types.TemporalType;

/**
 * PostgreSQL's type compiler: BYTEA for bytes of any length, JSONB for JSON, UUID native, arrays as
 * {@code element[]} (reflected from the driver's {@code _element} names).
 *
 * <p>Immutable and thread-safe.
 */
public class PostgreSQLTypeCompiler extends TypeCompiler {

    /**
     * Creates the type compiler.
     *
     * @param dialect the dialect
     */
    public PostgreSQLTypeCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String nameBinary(BinaryType type) {
        return "BYTEA";
    }

    @Override
    protected String nameJson() {
        return "JSONB";
    }

    @Override
    protected String nameUuid() {
        return "UUID";
    }

    /**
     * Binds an ARRAY value as a {@link PgArrayValue} of the element type's PostgreSQL name, so that the driver
     * sends an array of the column's own type.
     */
    @Override
    public ValueProcessor bindProcessor(SqlType<?> type) {
        ValueProcessor p = super.bindProcessor(type);
        if (type instanceof ArrayType<?> array) {
            String element = arrayElementName(array.elementType());
            if (element != null) {
                return value -> value == null ? null
                        : new PgArrayValue(element, ((List<?>) p.process(value)).toArray());
            }
        }
        return p;
    }

    /**
     * Returns PostgreSQL's internal name of an array element type, as {@code createArrayOf} takes it.
     *
     * @param type the element type
     * @return the name, such as {@code int4}, or {@code null} for a type Athanor does not know
     */
    static String arrayElementName(SqlType<?> type) {
        return switch (type.kind()) {
            case INTEGER -> switch (((IntegerType<?>) type).size()) {
                case SMALL -> "int2";
                case REGULAR -> "int4";
                case BIG -> "int8";
            };
            case NUMERIC -> "numeric";
            case FLOAT -> ((FloatType) type).doublePrecision() ? "float8" : "float4";
            case STRING -> ((StringType) type).variant() == StringType.Variant.CHAR ? "bpchar" : "varchar";
            case TEXT -> "text";
            case BOOLEAN -> "bool";
            case DATE -> "date";
            case TIME -> "time";
            case DATETIME -> ((TemporalType<?>) type).timezone() ? "timestamptz" : "timestamp";
            case BINARY -> "bytea";
            case UUID -> "uuid";
            case JSON -> "jsonb";
            case ARRAY, NULL -> null;
        };
    }

    /**
     * Maps the driver's array types (type names with a leading underscore, such as {@code _int4}) to
     * one-dimensional arrays of their element type; the reflector refines the element's length and precision.
     */
    @Override
    public SqlType<?> reflectedType(int jdbcType, String typeName, Integer size, Integer scale) {
        if (jdbcType == Types.ARRAY && typeName != null && typeName.startsWith("_")) {
            return arrayOf(typeFromName(typeName.substring(1)), typeName);
        }
        return super.reflectedType(jdbcType, typeName, size, scale);
    }
}
