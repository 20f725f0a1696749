package org.athanor.dialect.mysql.sql;

import org.athanor.dialect.Dialect;
import org.athanor.sql.compiler.TypeCompiler;
import org.athanor.sql.types.BinaryType;
import org.athanor.sql.types.FloatType;
import org.athanor.sql.types.NumericType;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.StringType;

/**
 * The type compiler of MySQL and MariaDB: BOOL (TINYINT(1)), FLOAT / DOUBLE, DATETIME(6) and TIME(6) (with
 * microseconds), TIMESTAMP(6) for a time zone (stored in UTC), LONGBLOB, CHAR(36) UUIDs; VARCHAR and CHAR need
 * a length. CAST uses MySQL's cast types (SIGNED, CHAR(n), DECIMAL, DATETIME).
 *
 * <p>Immutable and thread-safe.
 */
public class MySQLTypeCompiler extends TypeCompiler {

    /**
     * Creates the type compiler.
     *
     * @param dialect the dialect
     */
    public MySQLTypeCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String nameFloat(FloatType type) {
        return type.doublePrecision() ? "DOUBLE" : "FLOAT";
    }

    @Override
    protected String nameString(StringType type) {
        return requireLength(type);
    }

    @Override
    protected String nameBoolean() {
        return "BOOL";
    }

    @Override
    protected String nameTime() {
        return "TIME(6)";
    }

    @Override
    protected String nameDateTime(boolean timezone) {
        return timezone ? "TIMESTAMP(6)" : "DATETIME(6)";
    }

    @Override
    protected String nameBinary(BinaryType type) {
        return type.length() == null ? "LONGBLOB" : "VARBINARY(" + type.length() + ")";
    }

    @Override
    public String castName(SqlType<?> type) {
        return switch (type.kind()) {
            case INTEGER, BOOLEAN -> "SIGNED";
            case NUMERIC -> {
                NumericType n = (NumericType) type;
                yield n.precision() == null ? "DECIMAL(65, 30)" : "DECIMAL(" + n.precision() + ", "
                        + (n.scale() == null ? 0 : n.scale()) + ")";
            }
            case STRING, TEXT, UUID -> {
                Integer length = type instanceof StringType s ? s.length() : null;
                yield length == null ? "CHAR" : "CHAR(" + length + ")";
            }
            case DATETIME -> "DATETIME(6)";
            case BINARY -> "BINARY";
            default -> super.castName(type);
        };
    }
}
