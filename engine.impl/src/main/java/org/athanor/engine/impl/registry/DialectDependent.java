package org.athanor.engine.impl.registry;

/**
 * Something built on a registered dialect (an engine) that must know when the registration goes away, so
 * it can dispose itself and refuse further use with an error naming the dialect.
 *
 * <p>Implementations must be thread-safe: the call comes from the thread that removed the dialect.
 */
public interface DialectDependent {

    /**
     * The dialect this was built on was removed from the registry.
     *
     * @param qualifiedName the dialect's qualified name, such as {@code mysql+foo}
     */
    void dialectRemoved(String qualifiedName);
}
