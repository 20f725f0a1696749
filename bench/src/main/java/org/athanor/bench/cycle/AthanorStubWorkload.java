package org.athanor.bench.cycle;

import org.athanor.bench.stub.StubDialect;
import org.athanor.bench.stub.StubDriver;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Result;
import org.athanor.engine.Transaction;
import org.athanor.pool.PoolConfig;
import org.athanor.pool.PooledConnection;
import org.athanor.pool.QueuePool;

/**
 * Athanor on the stub driver: the pool cycle on a bare {@link QueuePool}; the statement and transaction cycles
 * through an engine on {@code stub://} (the {@link StubDialect}), whose pool is the dialect's default queue
 * pool. Only the one needed by the measured cycle is built.
 *
 * <p>Every setting is Athanor's default except the pool size: {@value #POOL_SIZE}, HikariCP's default
 * {@code maximumPoolSize}, so both pools may keep the same number of connections (HikariCP's own benchmark
 * gives every pool the same size too). Athanor's default of 5 (SQLAlchemy's), below the 8 threads of the
 * concurrent tables, would measure its overflow handling instead: connections beyond 5 are opened on demand
 * and closed on return when 5 are idle. The {@code athanorDefault} contender keeps every default, pool size
 * included, to show that cost.
 *
 * <p>Thread-safe.
 */
final class AthanorStubWorkload implements StubWorkload {
    /** The pool size of the {@code athanor} contender: HikariCP's default {@code maximumPoolSize}. */
    static final int POOL_SIZE = 10;

    private final QueuePool pool;
    private final Engine engine;

    /**
     * Builds the workload.
     *
     * @param cycle the cycle measured
     * @param defaults whether to keep Athanor's default pool size (5) instead of {@value #POOL_SIZE}
     */
    AthanorStubWorkload(Cycle cycle, boolean defaults) {
        if (cycle == Cycle.POOL) {
            this.pool = new QueuePool(StubDriver::newConnection,
                    defaults ? PoolConfig.defaults() : PoolConfig.builder().size(POOL_SIZE).build());
            this.engine = null;
        } else {
            Athanor.registry().register("stub", StubDialect::new);
            this.pool = null;
            this.engine = defaults ? Athanor.createEngine(StubDialect.ENGINE_URL)
                    : Athanor.createEngine(StubDialect.ENGINE_URL, EngineOptions.builder().poolSize(POOL_SIZE).build());
        }
    }

    @Override
    public Object poolCycle() {
        PooledConnection c = pool.connect();
        c.close();
        return c;
    }

    @Override
    public int statementCycle() {
        try (Connection c = engine.connect(); Result r = c.execute(SQL, 1)) {
            return (int) r.rowcount();
        }
    }

    @Override
    public int transactionCycle() {
        try (Connection c = engine.connect(); Transaction tx = c.begin()) {
            int n;
            try (Result r = c.execute(SQL, 1)) {
                n = (int) r.rowcount();
            }
            tx.commit();
            return n;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.dispose();
        }
        if (engine != null) {
            engine.dispose();
        }
    }
}
