package org.athanor.dialect.oracle.sql;

import java.util.Set;
import java.util.regex.Pattern;
import org.athanor.reflection.JdbcReflector;
import org.athanor.sql.compiler.CompilerKit;
import org.athanor.sql.compiler.IdentifierPreparer;
import org.athanor.sql.compiler.ReservedWords;

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
        super(d -> new OracleStatementCompiler(d, useAnsi), OracleDdlCompiler::new, OracleTypeCompiler::new,
                d -> new OraclePreparer(), JdbcReflector::new);
        this.useAnsi = useAnsi;
    }

    /** @return whether this kit writes ANSI joins */
    public boolean useAnsi() {
        return useAnsi;
    }

    /** Oracle's identifiers: unquoted names are folded to upper case and start with a letter. */
    private static final class OraclePreparer extends IdentifierPreparer {
        OraclePreparer() {
            super(RESERVED, '"', '"', true);
        }

        @Override
        protected boolean legalUnquoted(String name) {
            return LEGAL.matcher(name).matches();
        }
    }
}
