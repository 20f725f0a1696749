package org.athanor.dialect;

import java.util.List;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Maps the dialect part of a URL to a dialect (seed 001's registry): {@code mysql://} to the default
 * driver registered for {@code mysql}, {@code mysql+foo://} to exactly the {@code foo} driver.
 *
 * <p>Dialects arrive through {@link java.util.ServiceLoader} ({@code META-INF/services/org.athanor.dialect.Dialect},
 * the counterpart of setuptools entry points), through OSGi services, and through the {@code register}
 * methods here. A registration name is {@code name} (the default driver for that name) or
 * {@code name.driver} (seed 001's {@code mysql.foodialect}), which answers {@code name+driver} URLs.
 *
 * <p>Thread-safe.
 */
@ProviderType
public interface DialectRegistry {

    /**
     * Registers a dialect class to be loaded lazily, on first use (seed 001's
     * {@code registry.register("mysql.foodialect", "myapp.dialect", "MyMySQLDialect")}).
     *
     * @param name {@code name} or {@code name.driver}
     * @param className the dialect class, with a public no-argument constructor
     * @param classLoader the loader to load it with
     */
    void register(String name, String className, ClassLoader classLoader);

    /**
     * Registers a supplier of dialect instances (each engine gets its own instance).
     *
     * @param name {@code name} or {@code name.driver}
     * @param supplier makes a new dialect
     */
    void register(String name, Supplier<? extends Dialect> supplier);

    /**
     * Removes an in-process registration.
     *
     * @param name the name it was registered under
     * @return whether something was removed
     */
    boolean unregister(String name);

    /**
     * Makes a new dialect instance for a URL's dialect name.
     *
     * @param name {@code name} or {@code name+driver}
     * @return a new, unconfigured dialect
     * @throws org.athanor.exc.UnknownDialectException listing the registered names, if none matches
     */
    Dialect load(String name);

    /**
     * Lists what is registered now.
     *
     * @return the registrations, sorted by qualified name
     */
    List<DialectInfo> dialects();
}
