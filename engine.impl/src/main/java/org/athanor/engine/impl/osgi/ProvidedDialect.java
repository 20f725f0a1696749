package org.athanor.engine.impl.osgi;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectServiceProperties;
import org.athanor.exc.ArgumentException;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * One {@code Dialect} service as the registry sees it: the names it answers (from its service properties, or
 * asked of an instance when they are missing), the bundle that provides it, and how each engine gets a dialect
 * instance of its own.
 *
 * <p>A prototype-scoped service makes a new instance per engine, given back when the engine is disposed. A
 * singleton or bundle-scoped service has one shared instance, so each engine's instance is made with that
 * instance's class's public no-argument constructor instead (the dialect classes of the kit have one).
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the providing bundle's symbolic name
 * @param name the database name
 * @param driver the driver name
 * @param defaultDriver whether the plain name may resolve to it
 * @param ranking its {@code service.ranking}
 * @param supplier makes a new instance per engine
 * @param releaser gives an instance back; {@code null} when instances need no release
 */
record ProvidedDialect(String source, String name, String driver, boolean defaultDriver, int ranking,
        Supplier<Dialect> supplier, Consumer<Dialect> releaser) {

    /**
     * Reads a dialect service.
     *
     * @param objects DS's access to the service's instances
     * @param properties the service's properties
     * @return the dialect as the registry sees it
     * @throws ArgumentException if the service gives no name or driver, neither as properties nor from an instance
     */
    static ProvidedDialect of(ComponentServiceObjects<Dialect> objects, Map<String, ?> properties) {
        ServiceReference<Dialect> reference = objects.getServiceReference();
        Bundle bundle = reference.getBundle();
        String source = bundle == null ? "service " + properties.get(Constants.SERVICE_ID) : bundle.getSymbolicName();
        boolean prototype = Constants.SCOPE_PROTOTYPE.equals(properties.get(Constants.SERVICE_SCOPE));
        Supplier<Dialect> supplier = prototype ? objects::getService : new SharedInstanceCopies(objects, source);
        Consumer<Dialect> releaser = prototype ? objects::ungetService : null;

        String name = text(properties.get(DialectServiceProperties.NAME));
        String driver = text(properties.get(DialectServiceProperties.DRIVER));
        if (name != null && driver != null) {
            return new ProvidedDialect(source, name, driver, bool(properties.get(DialectServiceProperties.DEFAULT)),
                    integer(properties.get(Constants.SERVICE_RANKING)), supplier, releaser);
        }
        Dialect probe = objects.getService();
        if (probe == null) {
            throw new ArgumentException("The Dialect service of " + source + " gives no instance, and has no "
                    + DialectServiceProperties.NAME + " and " + DialectServiceProperties.DRIVER + " properties.");
        }
        try {
            return new ProvidedDialect(source, probe.name(), probe.driver(), probe.isDefaultDriver(),
                    probe.ranking(), supplier, releaser);
        } finally {
            objects.ungetService(probe);
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString().trim());
    }

    private static int integer(Object value) {
        return value instanceof Integer i ? i : 0; // the framework ignores a service.ranking that is not an Integer
    }

    /**
     * New instances of the class of a shared (singleton or bundle-scoped) dialect service's instance.
     *
     * <p>Thread-safe: the shared instance is looked up once, under the lock.
     */
    private static final class SharedInstanceCopies implements Supplier<Dialect> {
        private final ComponentServiceObjects<Dialect> objects;
        private final String source;
        private Class<? extends Dialect> type;

        SharedInstanceCopies(ComponentServiceObjects<Dialect> objects, String source) {
            this.objects = objects;
            this.source = source;
        }

        @Override
        public Dialect get() {
            Class<? extends Dialect> t = type();
            try {
                return t.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new ArgumentException("The Dialect service " + t.getName() + " of " + source + " is shared"
                        + " (not prototype-scoped) and its class has no usable public no-argument constructor (" + e
                        + "); register it with prototype scope so each engine gets its own instance.", e);
            }
        }

        private synchronized Class<? extends Dialect> type() {
            if (type == null) {
                Dialect shared = objects.getService(); // held until DS unbinds the service
                if (shared == null) {
                    throw new ArgumentException("The Dialect service of " + source + " gives no instance.");
                }
                type = shared.getClass();
            }
            return type;
        }
    }
}
