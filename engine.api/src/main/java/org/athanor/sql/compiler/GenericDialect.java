package org.athanor.sql.compiler;

import java.sql.Driver;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.DefaultDialect;
import org.athanor.engine.URL;

/**
 * A dialect that only compiles: generic SQL with every feature allowed, for {@code toString()} of
 * statements and for tests of the kit. It cannot connect.
 *
 * <p>Thread-safe.
 */
public final class GenericDialect extends DefaultDialect {
    /** The shared instance. */
    public static final GenericDialect INSTANCE = new GenericDialect();

    private static final Capabilities ALL = Capabilities.of(128, Capabilities.Feature.values());

    /** Creates the dialect (for ServiceLoader-style construction; prefer {@link #INSTANCE}). */
    public GenericDialect() {
    }

    @Override
    public String name() {
        return "default";
    }

    @Override
    public String driver() {
        return "generic";
    }

    @Override
    public Capabilities capabilities() {
        return ALL;
    }

    @Override
    protected Driver jdbcDriver() {
        throw new org.athanor.exc.InvalidRequestException("The generic dialect only compiles SQL; it cannot"
                + " connect. Use a database's dialect.");
    }

    @Override
    protected String jdbcUrl(URL url) {
        throw new org.athanor.exc.InvalidRequestException("The generic dialect only compiles SQL; it cannot"
                + " connect.");
    }

}
