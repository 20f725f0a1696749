package org.athanor.dialect.postgresql.sql;

import java.util.Set;
import org.athanor.sql.compiler.CompilerKit;
import org.athanor.sql.compiler.IdentifierPreparer;
import org.athanor.sql.compiler.ReservedWords;

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
        super(PostgreSQLStatementCompiler::new, PostgreSQLDdlCompiler::new, PostgreSQLTypeCompiler::new,
                d -> new IdentifierPreparer(RESERVED, '"', '"', false), PostgreSQLReflector::new);
    }
}
