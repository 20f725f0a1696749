package org.athanor.pool;

import org.osgi.annotation.versioning.ConsumerType;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.AthanorException;

/**
 * Makes a pool for an engine from the engine's connection creator and pool settings; a pool class's
 * {@code (ConnectionCreator, PoolConfig)} constructor is one ({@code QueuePool::new}).
 *
 * <p>Implementations must be thread-safe.
 */
@ConsumerType
@FunctionalInterface
public interface PoolFactory {

    /**
     * Makes a pool.
     *
     * @param creator makes driver connections
     * @param config the pool settings
     * @return the pool
     */
    Pool create(ConnectionCreator creator, PoolConfig config);

    /**
     * Returns a factory that calls a pool class's public {@code (ConnectionCreator, PoolConfig)} constructor
     * (SQLAlchemy's {@code poolclass}).
     *
     * @param type the pool class
     * @return the factory
     * @throws ArgumentException if the class has no such constructor
     */
    static PoolFactory ofClass(Class<? extends Pool> type) {
        if (type == null) {
            throw new ArgumentException("poolClass must not be null.");
        }
        final Constructor<? extends Pool> ctor;
        try {
            ctor = type.getConstructor(ConnectionCreator.class, PoolConfig.class);
        } catch (NoSuchMethodException e) {
            throw new ArgumentException("Pool class " + type.getName() + " needs a public constructor taking"
                    + " (ConnectionCreator, PoolConfig); add one, or pass a PoolFactory instead.");
        }
        return (creator, config) -> {
            try {
                return ctor.newInstance(creator, config);
            } catch (InvocationTargetException e) {
                Throwable t = e.getCause();
                if (t instanceof RuntimeException r) {
                    throw r;
                }
                throw new AthanorException("Pool class " + type.getName() + " failed to construct: " + t, t);
            } catch (ReflectiveOperationException e) {
                throw new AthanorException("Pool class " + type.getName() + " could not be constructed: " + e, e);
            }
        };
    }
}
