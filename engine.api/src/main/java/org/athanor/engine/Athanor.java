package org.athanor.engine;

import java.util.Iterator;
import java.util.ServiceLoader;
import org.athanor.dialect.DialectRegistry;
import org.athanor.exc.AthanorException;

/**
 * The plain-Java entry point: {@code Athanor.createEngine("sqlite:///app.db")}.
 *
 * <p>Finds the engine implementation through {@link ServiceLoader} (the engine.impl jar must be on the class
 * path) and dialects through {@code ServiceLoader} plus in-process {@link #registry() registration}. In OSGi,
 * use the {@link EngineFactory} service instead.
 *
 * <p>Thread-safe; the factory is looked up once.
 */
public final class Athanor {
    private static volatile EngineFactory factory;

    private Athanor() {
    }

    /**
     * Creates an engine with default options.
     *
     * @param url the URL
     * @return the engine
     */
    public static Engine createEngine(String url) {
        return factory().createEngine(url);
    }

    /**
     * Creates an engine.
     *
     * @param url the URL
     * @param options the options
     * @return the engine
     */
    public static Engine createEngine(String url, EngineOptions options) {
        return factory().createEngine(url, options);
    }

    /**
     * Creates an engine.
     *
     * @param url the URL
     * @param options the options
     * @return the engine
     */
    public static Engine createEngine(URL url, EngineOptions options) {
        return factory().createEngine(url, options);
    }

    /**
     * Returns the process-wide dialect registry, for in-process registration (seed 001's
     * {@code registry.register("mysql.foodialect", "myapp.dialect", "MyMySQLDialect")}).
     *
     * @return the registry
     */
    public static DialectRegistry registry() {
        return factory().registry();
    }

    /**
     * Returns the engine factory found through {@link ServiceLoader}.
     *
     * @return the factory
     * @throws AthanorException if engine.impl is not on the class path
     */
    public static EngineFactory factory() {
        EngineFactory f = factory;
        if (f == null) {
            synchronized (Athanor.class) {
                f = factory;
                if (f == null) {
                    f = load();
                    factory = f;
                }
            }
        }
        return f;
    }

    private static EngineFactory load() {
        Iterator<EngineFactory> it = ServiceLoader.load(EngineFactory.class, Athanor.class.getClassLoader())
                .iterator();
        if (!it.hasNext()) {
            it = ServiceLoader.load(EngineFactory.class).iterator();
        }
        if (!it.hasNext()) {
            throw new AthanorException("No Athanor engine implementation found: put the"
                    + " org.athanor:engine.impl jar on the class path (in OSGi, use the EngineFactory service).");
        }
        return it.next();
    }
}
