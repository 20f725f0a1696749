package org.athanor.dialect.postgresql.sql;

import org.athanor.dialect.Dialect;
import org.athanor.sql.BinaryExpression;
import org.athanor.sql.NextValue;
import org.athanor.sql.compiler.StatementCompiler;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.TypeKind;

/**
 * PostgreSQL's statement compiler: native ILIKE, {@code nextval('seq')}, JSON parameters cast to JSONB
 * (the driver sends text), and bytes literals as {@code '\x...'::bytea}.
 *
 * <p>Single-use and not thread-safe.
 */
public class PostgreSQLStatementCompiler extends StatementCompiler {

    /**
     * Creates the compiler.
     *
     * @param dialect the dialect
     */
    public PostgreSQLStatementCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected void ilike(BinaryExpression<?> binary) {
        infix(binary);
    }

    @Override
    protected void nextValue(NextValue nextValue) {
        sql.append("nextval(").append(literalString(preparer.qualified(nextValue.schema(), nextValue.sequence())))
                .append(')');
    }

    @Override
    protected String bindPlaceholder(SqlType<?> type) {
        return type.kind() == TypeKind.JSON ? "CAST(? AS JSONB)" : "?";
    }

    @Override
    protected String literalBytes(byte[] value) {
        StringBuilder sb = new StringBuilder("'\\x");
        for (byte b : value) {
            sb.append(String.format("%02x", b));
        }
        return sb.append("'::bytea").toString();
    }
}
