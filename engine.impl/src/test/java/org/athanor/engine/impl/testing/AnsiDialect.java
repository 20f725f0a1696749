package org.athanor.engine.impl.testing;

import java.util.Set;

/**
 * A stand-in "Oracle" dialect (SQLite underneath) that knows seed 003's {@code use_ansi} option and accepts a
 * user and password in its URLs, for option and masking tests that must not depend on which SQLite dialect is
 * on the class path. Register it in-process as {@code oracle.ansitest}.
 *
 * <p>Thread-safe after configuration.
 */
public class AnsiDialect extends TestSqliteDialect {
    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public String driver() {
        return "ansitest";
    }

    @Override
    protected Set<String> knownOptions() {
        return Set.of("use_ansi");
    }

    /**
     * Reports the {@code use_ansi} option as configured.
     *
     * @return its value (default true)
     */
    public boolean useAnsi() {
        return booleanOption("use_ansi", true);
    }
}
