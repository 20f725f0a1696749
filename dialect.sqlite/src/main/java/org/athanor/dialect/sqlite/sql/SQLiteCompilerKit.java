package org.athanor.dialect.sqlite.sql;

import java.util.Set;
import org.athanor.sql.compiler.CompilerKit;
import org.athanor.sql.compiler.IdentifierPreparer;
import org.athanor.sql.compiler.ReservedWords;

/**
 * SQLite's SQL kit: {@code LIMIT -1 OFFSET ?}, unqualified RETURNING columns, {@code INTEGER PRIMARY KEY}
 * autoincrement, declared-type names, and reflection through PRAGMAs (the driver's
 * {@code DatabaseMetaData} is too thin).
 *
 * <p>Immutable and thread-safe.
 */
public final class SQLiteCompilerKit extends CompilerKit {
    /** The kit instance. */
    public static final SQLiteCompilerKit INSTANCE = new SQLiteCompilerKit();

    /** SQLite's keywords that need quoting as identifiers. */
    static final Set<String> RESERVED = ReservedWords.plus(ReservedWords.ANSI,
            "abort action add after alter analyze attach autoincrement before begin by cascade collate column"
                    + " commit conflict database deferred detach each escape exclusive explain fail filter glob if"
                    + " ignore immediate index indexed instead key match no nothing nulls of plan pragma query raise"
                    + " recursive regexp reindex release rename replace restrict rollback row rows savepoint temp"
                    + " temporary transaction trigger vacuum view virtual without");

    private SQLiteCompilerKit() {
        super(SQLiteStatementCompiler::new, SQLiteDdlCompiler::new, SQLiteTypeCompiler::new,
                d -> new IdentifierPreparer(RESERVED, '"', '"', false), SQLiteReflector::new);
    }
}
