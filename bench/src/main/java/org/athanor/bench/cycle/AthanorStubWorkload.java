package org.athanor.bench.cycle;

import org.athanor.bench.stub.StubDialect;
import org.athanor.bench.stub.StubDriver;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Transaction;
import org.athanor.pool.PoolConfig;
import org.athanor.pool.PooledConnection;
import org.athanor.pool.QueuePool;

/**
 * Athanor on the stub driver, with default settings everywhere: the pool cycle on a bare {@link QueuePool};
 * the statement and transaction cycles through an engine on {@code stub://} (the {@link StubDialect}), whose
 * pool is the dialect's default queue pool. Only the one needed by the measured cycle is built.
 *
 * <p>Thread-safe.
 */
final class AthanorStubWorkload implements StubWorkload {
    private final QueuePool pool;
    private final Engine engine;

    AthanorStubWorkload(Cycle cycle) {
        if (cycle == Cycle.POOL) {
            this.pool = new QueuePool(StubDriver::newConnection, PoolConfig.defaults());
            this.engine = null;
        } else {
            Athanor.registry().register("stub", StubDialect::new);
            this.pool = null;
            this.engine = Athanor.createEngine(StubDialect.ENGINE_URL);
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
