package org.athanor.sql.compiler;

import org.athanor.dialect.Dialect;
import org.athanor.reflection.JdbcReflector;
import org.athanor.reflection.Reflector;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The SQL parts of one database in one object: factories for its statement compiler, DDL compiler, type
 * compiler, identifier preparer and reflector. A dialect returns its kit from {@code Dialect.compilerKit()}
 * (one line); a database's kit subclasses this one and overrides the factories whose products differ.
 * {@link #ANSI} is the generic kit {@code DefaultDialect} uses.
 *
 * <p>Implementations must be immutable and thread-safe; the compilers they make need not be.
 */
@ConsumerType
public class CompilerKit {
    /** The generic, ANSI-like kit. */
    public static final CompilerKit ANSI = new CompilerKit();

    /** Creates a kit; subclasses override the factories. */
    protected CompilerKit() {
    }

    /**
     * Makes a statement compiler for one statement.
     *
     * @param dialect the dialect
     * @return a new compiler
     */
    public StatementCompiler statementCompiler(Dialect dialect) {
        return new StatementCompiler(dialect);
    }

    /**
     * Makes the DDL compiler.
     *
     * @param dialect the dialect
     * @return the compiler
     */
    public DdlCompiler ddlCompiler(Dialect dialect) {
        return new DdlCompiler(dialect);
    }

    /**
     * Makes the type compiler.
     *
     * @param dialect the dialect
     * @return the compiler
     */
    public TypeCompiler typeCompiler(Dialect dialect) {
        return new TypeCompiler(dialect);
    }

    /**
     * Makes the identifier preparer.
     *
     * @param dialect the dialect
     * @return the preparer
     */
    public IdentifierPreparer identifierPreparer(Dialect dialect) {
        return new IdentifierPreparer();
    }

    /**
     * Makes the reflector.
     *
     * @param dialect the dialect
     * @return the reflector
     */
    public Reflector reflector(Dialect dialect) {
        return new JdbcReflector(dialect);
    }
}
