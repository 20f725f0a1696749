package org.athanor.dialect.oracle.sql;

import java.util.Set;
import java.util.regex.Pattern;
import org.athanor.dialect.Dialect;
import org.athanor.sql.compiler.CompilerKit;
import org.athanor.sql.compiler.DdlCompiler;
import org.athanor.sql.compiler.IdentifierPreparer;
import org.athanor.sql.compiler.ReservedWords;
import org.athanor.sql.compiler.StatementCompiler;
import org.athanor.sql.compiler.TypeCompiler;

/**
 * Oracle's SQL kit: names folded to upper case (a lower-case name is case-insensitive), {@code FROM DUAL},
 * {@code OFFSET ... FETCH FIRST} from 12c and ROWNUM subqueries before, {@code (+)} outer joins when the
 * dialect's {@code use_ansi} option is off, {@code RETURNING ... INTO}, MINUS, identity columns, NUMBER(1)
 * booleans, CLOB text.
 *
 * <p>Immutable and thread-safe. Choose {@link #ANSI} or {@link #NON_ANSI} by the {@code use_ansi} option.
 */
public final class OracleCompilerKit extends CompilerKit {
    /** The kit writing ANSI joins (the default). */
    public static final OracleCompilerKit ANSI = new OracleCompilerKit(true);
    /** The kit writing Oracle's {@code (+)} outer joins ({@code use_ansi=false}, seed 003). */
    public static final OracleCompilerKit NON_ANSI = new OracleCompilerKit(false);

    /** Oracle's reserved words. */
    static final Set<String> RESERVED = ReservedWords.plus(ReservedWords.ANSI,
            "access add alter audit by char cluster comment compress connect current date decimal exclusive file"
                    + " float identified immediate increment index initial integer level lock long maxextents"
                    + " minus mlslabel mode modify noaudit nocompress nowait number of offline online option pctfree"
                    + " prior privileges public raw rename resource revoke row rowid rownum rows session share size"
                    + " smallint start successful synonym sysdate trigger uid validate varchar varchar2 view"
                    + " whenever");

    private static final Pattern LEGAL = Pattern.compile("[a-z][a-z0-9_$#]*");

    private final boolean useAnsi;

    private OracleCompilerKit(boolean useAnsi) {
        this.useAnsi = useAnsi;
    }

    /** @return whether this kit writes ANSI joins */
    public boolean useAnsi() {
        return useAnsi;
    }

    @Override
    public StatementCompiler statementCompiler(Dialect dialect) {
        return new OracleStatementCompiler(dialect, useAnsi);
    }

    @Override
    public DdlCompiler ddlCompiler(Dialect dialect) {
        return new OracleDdlCompiler(dialect);
    }

    @Override
    public TypeCompiler typeCompiler(Dialect dialect) {
        return new OracleTypeCompiler(dialect);
    }

    @Override
    public IdentifierPreparer identifierPreparer(Dialect dialect) {
        return new IdentifierPreparer(RESERVED, '"', '"', true) {
            @Override
            protected boolean legalUnquoted(String name) {
                return LEGAL.matcher(name).matches();
            }
        };
    }
}
