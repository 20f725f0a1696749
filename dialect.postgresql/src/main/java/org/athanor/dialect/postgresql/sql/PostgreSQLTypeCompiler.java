package org.athanor.dialect.postgresql.sql;

import org.athanor.dialect.Dialect;
import org.athanor.sql.compiler.TypeCompiler;
import org.athanor.sql.types.BinaryType;

/**
 * PostgreSQL's type compiler: BYTEA for bytes of any length, JSONB for JSON, UUID native.
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
}
