package org.athanor.engine.impl;

import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectRegistry;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineFactory;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.URL;
import org.athanor.engine.impl.core.Engines;
import org.athanor.engine.impl.registry.DialectRegistryImpl;
import org.athanor.engine.impl.registry.Registration;
import org.athanor.exc.ArgumentException;

/**
 * The engine factory (SQLAlchemy's {@code create_engine}) that {@code Athanor.createEngine} finds through
 * {@link java.util.ServiceLoader}: resolves the URL's dialect name in its registry, gives the engine a fresh
 * dialect instance, and builds the engine. Engines connect lazily, on first use.
 *
 * <p>Thread-safe.
 */
public final class EngineFactoryImpl implements EngineFactory {
    private final DialectRegistryImpl registry;

    /** Creates a factory with a registry that discovers dialects through ServiceLoader. */
    public EngineFactoryImpl() {
        this(new DialectRegistryImpl());
    }

    /**
     * Creates a factory on a registry.
     *
     * @param registry the registry
     */
    public EngineFactoryImpl(DialectRegistryImpl registry) {
        this.registry = registry;
    }

    @Override
    public Engine createEngine(URL url, EngineOptions options) {
        if (url == null) {
            throw new ArgumentException("createEngine needs a URL, such as sqlite:///app.db.");
        }
        EngineOptions opts = options == null ? EngineOptions.defaults() : options;
        Registration registration = registry.resolve(url.drivername());
        Dialect dialect = registration.newDialect();
        try {
            return Engines.create(url, opts, dialect, registration);
        } catch (RuntimeException | Error e) {
            registration.release(dialect);
            throw e;
        }
    }

    @Override
    public DialectRegistry registry() {
        return registry;
    }

    /**
     * Returns the registry with its dynamic (OSGi) side.
     *
     * @return the registry
     */
    public DialectRegistryImpl registryImpl() {
        return registry;
    }
}
