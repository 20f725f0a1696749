package org.athanor.sql.compiler;

import java.util.function.Function;
import org.athanor.dialect.Dialect;
import org.athanor.reflection.JdbcReflector;
import org.athanor.reflection.Reflector;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The SQL parts of one database in one object: factories for its statement compiler, DDL compiler, type
 * compiler, identifier preparer and reflector. A dialect returns its kit from {@code Dialect.compilerKit()}
 * (one line); a database's kit subclasses this one and overrides the factories whose products differ.
 * {@link #ANSI} is the generic kit {@code DefaultDialect} uses. A subclass usually just passes its
 * factories to the constructor:
 *
 * <pre>{@code
 * public final class FooKit extends CompilerKit {
 *     public FooKit() {
 *         super(FooStatementCompiler::new, FooDdlCompiler::new, TypeCompiler::new,
 *                 d -> new IdentifierPreparer(FOO_RESERVED, '"', '"', false), JdbcReflector::new);
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe; the compilers they make need not be.
 */
@ConsumerType
public class CompilerKit {
    /** The generic, ANSI-like kit. */
    public static final CompilerKit ANSI = new CompilerKit();

    private final Function<Dialect, ? extends StatementCompiler> statementCompilers;
    private final Function<Dialect, ? extends DdlCompiler> ddlCompilers;
    private final Function<Dialect, ? extends TypeCompiler> typeCompilers;
    private final Function<Dialect, ? extends IdentifierPreparer> preparers;
    private final Function<Dialect, ? extends Reflector> reflectors;

    /** Creates the generic kit. */
    protected CompilerKit() {
        this(StatementCompiler::new, DdlCompiler::new, TypeCompiler::new, d -> new IdentifierPreparer(),
                JdbcReflector::new);
    }

    /**
     * Creates a kit from its factories.
     *
     * @param statementCompilers makes a statement compiler (one per statement)
     * @param ddlCompilers makes the DDL compiler
     * @param typeCompilers makes the type compiler
     * @param preparers makes the identifier preparer
     * @param reflectors makes the reflector
     */
    protected CompilerKit(Function<Dialect, ? extends StatementCompiler> statementCompilers,
            Function<Dialect, ? extends DdlCompiler> ddlCompilers,
            Function<Dialect, ? extends TypeCompiler> typeCompilers,
            Function<Dialect, ? extends IdentifierPreparer> preparers,
            Function<Dialect, ? extends Reflector> reflectors) {
        this.statementCompilers = statementCompilers;
        this.ddlCompilers = ddlCompilers;
        this.typeCompilers = typeCompilers;
        this.preparers = preparers;
        this.reflectors = reflectors;
    }

    /**
     * Makes a statement compiler for one statement.
     *
     * @param dialect the dialect
     * @return a new compiler
     */
    public StatementCompiler statementCompiler(Dialect dialect) {
        return statementCompilers.apply(dialect);
    }

    /**
     * Makes the DDL compiler.
     *
     * @param dialect the dialect
     * @return the compiler
     */
    public DdlCompiler ddlCompiler(Dialect dialect) {
        return ddlCompilers.apply(dialect);
    }

    /**
     * Makes the type compiler.
     *
     * @param dialect the dialect
     * @return the compiler
     */
    public TypeCompiler typeCompiler(Dialect dialect) {
        return typeCompilers.apply(dialect);
    }

    /**
     * Makes the identifier preparer.
     *
     * @param dialect the dialect
     * @return the preparer
     */
    public IdentifierPreparer identifierPreparer(Dialect dialect) {
        return preparers.apply(dialect);
    }

    /**
     * Makes the reflector.
     *
     * @param dialect the dialect
     * @return the reflector
     */
    public Reflector reflector(Dialect dialect) {
        return reflectors.apply(dialect);
    }
}
