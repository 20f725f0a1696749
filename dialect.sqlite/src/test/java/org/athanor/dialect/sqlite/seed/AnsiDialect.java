package org.athanor.dialect.sqlite.seed;

import java.util.Set;
import org.athanor.dialect.sqlite.SQLiteDialect;
import org.athanor.engine.URL;

/**
 * A stand-in "Oracle" dialect that knows seed 003's {@code use_ansi} option and accepts a user and password in
 * its URLs, for the option and password-masking tests (no Oracle server exists here). It is the real SQLite
 * dialect underneath; the user and password are left out of the database URL. Register it in-process as
 * {@code oracle.ansitest}.
 *
 * <p>Thread-safe after configuration.
 */
public class AnsiDialect extends SQLiteDialect {
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

    @Override
    protected String jdbcUrl(URL url) {
        return super.jdbcUrl(url.withPassword(null).withUsername(null));
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
