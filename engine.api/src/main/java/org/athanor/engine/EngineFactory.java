package org.athanor.engine;

import org.athanor.dialect.DialectRegistry;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates engines from URLs (SQLAlchemy's {@code create_engine}). In plain Java, use the static methods of
 * {@link Athanor}; in OSGi, this is a service.
 *
 * <p>Thread-safe.
 */
@ProviderType
public interface EngineFactory {

    /**
     * Creates an engine.
     *
     * @param url the URL, such as {@code postgresql://scott:tiger@localhost/test}
     * @param options the options
     * @return the engine; it connects lazily, on first use
     * @throws org.athanor.exc.ArgumentException if the URL or an option is malformed
     * @throws org.athanor.exc.UnknownDialectException if no dialect is registered for the URL's name
     */
    Engine createEngine(URL url, EngineOptions options);

    /**
     * Creates an engine from a URL string.
     *
     * @param url the URL
     * @param options the options
     * @return the engine
     */
    default Engine createEngine(String url, EngineOptions options) {
        return createEngine(URL.parse(url), options);
    }

    /**
     * Creates an engine with default options.
     *
     * @param url the URL
     * @return the engine
     */
    default Engine createEngine(String url) {
        return createEngine(URL.parse(url), EngineOptions.defaults());
    }

    /**
     * Returns the registry this factory resolves dialect names in.
     *
     * @return the registry
     */
    DialectRegistry registry();
}
