package org.athanor.dialect.postgresql.sql;

import java.util.Set;
import org.athanor.dialect.Dialect;
import org.athanor.reflection.Reflector;
import org.athanor.sql.compiler.CompilerKit;
import org.athanor.sql.compiler.DdlCompiler;
import org.athanor.sql.compiler.IdentifierPreparer;
import org.athanor.sql.compiler.ReservedWords;
import org.athanor.sql.compiler.StatementCompiler;
import org.athanor.sql.compiler.TypeCompiler;

/**
 * PostgreSQL's SQL kit: ILIKE, {@code nextval('seq')}, SERIAL and identity columns, BYTEA, JSONB, native
 * UUID and booleans, COMMENT ON, and unique constraints told apart from indexes in reflection.
 *
 * <p>Immutable and thread-safe.
 */
public final class PostgreSQLCompilerKit extends CompilerKit {
    /** The kit instance. */
    public static final PostgreSQLCompilerKit INSTANCE = new PostgreSQLCompilerKit();

    /** PostgreSQL's reserved words (those it reserves beyond the standard's common ones). */
    static final Set<String> RESERVED = ReservedWords.plus(ReservedWords.ANSI,
            "collation concurrently tablesample");

    private PostgreSQLCompilerKit() {
    }

    @Override
    public StatementCompiler statementCompiler(Dialect dialect) {
        return new PostgreSQLStatementCompiler(dialect);
    }

    @Override
    public DdlCompiler ddlCompiler(Dialect dialect) {
        return new PostgreSQLDdlCompiler(dialect);
    }

    @Override
    public TypeCompiler typeCompiler(Dialect dialect) {
        return new PostgreSQLTypeCompiler(dialect);
    }

    @Override
    public IdentifierPreparer identifierPreparer(Dialect dialect) {
        return new IdentifierPreparer(RESERVED, '"', '"', false);
    }

    @Override
    public Reflector reflector(Dialect dialect) {
        return new PostgreSQLReflector(dialect);
    }
}
