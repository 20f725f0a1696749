package org.athanor.dialect.postgresql.sql;

import java.sql.Types;
import org.athanor.dialect.Dialect;
import org.athanor.sql.compiler.TypeCompiler;
import org.athanor.sql.types.BinaryType;
import org.athanor.sql.types.SqlType;

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
