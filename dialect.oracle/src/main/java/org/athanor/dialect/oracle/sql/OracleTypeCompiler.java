package org.athanor.dialect.oracle.sql;

import java.sql.Types;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Dialect;
import org.athanor.exc.CompileException;
import org.athanor.sql.compiler.TypeCompiler;
import org.athanor.sql.types.BinaryType;
import org.athanor.sql.types.IntegerType;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;
import org.athanor.sql.types.StringType;

/**
 * Oracle's type compiler: {@code NUMBER(19)} for BIGINT, {@code VARCHAR2(n CHAR)} (a length is required),
 * CLOB for text, {@code NUMBER(1)} for booleans before 23ai's BOOLEAN, BLOB or RAW(n) for bytes, CHAR(36)
 * UUIDs; Oracle has no TIME type. Reflected {@code NUMBER(p, 0)} reads back as an integer type
 * ({@code NUMBER(1)} as a boolean, {@code NUMBER(19)} as BIGINT).
 *
 * <p>Immutable and thread-safe.
 */
public class OracleTypeCompiler extends TypeCompiler {

    /**
     * Creates the type compiler.
     *
     * @param dialect the dialect
     */
    public OracleTypeCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String nameInteger(IntegerType<?> type) {
        return type.size() == IntegerType.Size.BIG ? "NUMBER(19)" : type.toString();
    }

    @Override
    protected String nameString(StringType type) {
        requireLength(type);
        return type.variant() == StringType.Variant.CHAR ? "CHAR(" + type.length() + ")"
                : "VARCHAR2(" + type.length() + " CHAR)";
    }

    @Override
    protected String nameText(StringType type) {
        return "CLOB";
    }

    @Override
    protected String nameBoolean() {
        return dialect.capabilities().has(Capabilities.Feature.NATIVE_BOOLEAN) ? "BOOLEAN" : "NUMBER(1)";
    }

    @Override
    protected String nameTime() {
        throw new CompileException("Oracle has no TIME type; store a time of day as SqlTypes.DATETIME or as text.");
    }

    @Override
    protected String nameBinary(BinaryType type) {
        return type.length() == null ? "BLOB" : "RAW(" + type.length() + ")";
    }

    @Override
    protected String nameJson() {
        return dialect.capabilities().has(Capabilities.Feature.JSON) ? "JSON" : "CLOB";
    }

    @Override
    public SqlType<?> reflectedType(int jdbcType, String typeName, Integer size, Integer scale) {
        if ((jdbcType == Types.NUMERIC || jdbcType == Types.DECIMAL) && size != null && size > 0
                && scale != null && scale == 0) {
            return size == 1 ? SqlTypes.BOOLEAN : size == 19 ? SqlTypes.BIGINT : SqlTypes.INTEGER;
        }
        return super.reflectedType(jdbcType, typeName, size, scale);
    }
}
