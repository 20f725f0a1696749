package org.athanor.testing.sql;

import java.sql.Driver;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.DefaultDialect;
import org.athanor.dialect.ServerVersion;
import org.athanor.engine.URL;
import org.athanor.exc.InvalidRequestException;
import org.athanor.sql.compiler.CompilerKit;

/**
 * A dialect that compiles but cannot connect, with the name, capabilities, SQL kit and server version a test
 * gives it: for checking a kit's output for database versions no test server runs.
 *
 * <p>Thread-safe.
 */
public class CompileOnlyDialect extends DefaultDialect {
    private final String name;
    private final Capabilities capabilities;
    private final CompilerKit kit;

    /**
     * Creates the dialect.
     *
     * @param name the database name
     * @param capabilities the capabilities
     * @param kit the SQL kit
     * @param version the server version, or {@code null} for "not connected yet"
     */
    public CompileOnlyDialect(String name, Capabilities capabilities, CompilerKit kit, ServerVersion version) {
        this.name = name;
        this.capabilities = capabilities;
        this.kit = kit;
        if (version != null) {
            setServerVersion(version);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String driver() {
        return "compileonly";
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public CompilerKit compilerKit() {
        return kit;
    }

    @Override
    protected Driver jdbcDriver() {
        throw new InvalidRequestException("The compile-only dialect " + name + " cannot connect.");
    }

    @Override
    protected String jdbcUrl(URL url) {
        throw new InvalidRequestException("The compile-only dialect " + name + " cannot connect.");
    }
}
