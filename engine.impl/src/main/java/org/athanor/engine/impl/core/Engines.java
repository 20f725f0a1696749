package org.athanor.engine.impl.core;

import java.util.List;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.URL;
import org.athanor.engine.impl.registry.Registration;
import org.athanor.pool.ConnectionCreator;
import org.athanor.pool.Pool;
import org.athanor.pool.PoolConfig;
import org.athanor.pool.PoolFactory;
import org.athanor.pool.PoolListener;

/**
 * Builds engines (SQLAlchemy's {@code create_engine} after the dialect is found): configures the dialect,
 * checks the isolation level, makes the pool from the options — a pool instance, a pool factory, or the
 * dialect's choice — with a {@link PoolConfig} built from the options, and the connection creator, the
 * options' or the dialect's driver. Nothing connects yet.
 *
 * <p>Stateless and thread-safe.
 */
public final class Engines {
    private Engines() {
    }

    /**
     * Creates an engine.
     *
     * @param url the URL
     * @param options the options
     * @param dialect a new, unconfigured dialect for the URL
     * @param registration where the dialect came from, told about the engine so that removing it disposes the
     *     engine, and given the dialect back when the engine is disposed; may be {@code null}
     * @return the engine
     */
    public static Engine create(URL url, EngineOptions options, Dialect dialect, Registration registration) {
        dialect.configure(options.dialectOptions());
        String level = options.isolationLevel() == null ? null
                : EngineState.checkIsolationLevel(dialect, options.isolationLevel());
        Pool pool = makePool(url, options, dialect, level);
        EngineState state = new EngineState(url, options, dialect, pool, level);
        if (registration != null) {
            state.onDispose(() -> registration.release(dialect));
            registration.addDependent(state);
        }
        return new EngineImpl(state, options.executionOptions());
    }

    private static Pool makePool(URL url, EngineOptions options, Dialect dialect, String level) {
        List<PoolListener> listeners = level == null ? List.of() : List.of(new IsolationListener(dialect, level));
        if (options.pool() != null) {
            Pool pool = options.pool();
            listeners.forEach(pool::addListener);
            return pool;
        }
        PoolConfig config = PoolConfig.builder()
                .size(options.poolSize())
                .maxOverflow(options.maxOverflow())
                .timeout(options.poolTimeout())
                .recycle(options.poolRecycle())
                .prePing(options.prePing())
                .resetOnReturn(options.resetOnReturn())
                .echo(options.echoPool())
                .dialect(dialect)
                .loggingName(options.loggingName())
                .listeners(listeners)
                .build();
        ConnectionCreator creator = options.creator() != null ? options.creator()
                : dialect.connectionCreator(url, options.connectArgs());
        PoolFactory factory = options.poolFactory() != null ? options.poolFactory() : dialect.defaultPoolFactory(url);
        return factory.create(creator, config);
    }
}
