package org.athanor.bench.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;

/**
 * Makes the HikariCP pool the JDBC-based contenders (raw JDBC, JDBI, jOOQ) run on: HikariCP's defaults, on the
 * benchmark database's JDBC URL.
 *
 * <p>On PostgreSQL the pool's connections get {@code reWriteBatchedInserts=true}, pgjdbc's documented fast
 * path for batch inserts and the property Athanor's PostgreSQL dialect sets by default, so every contender
 * talks to the server the same way and the insert benchmark compares libraries, not driver settings.
 *
 * <p>Thread-safe (stateless).
 */
final class Pools {
    /**
     * The pool size of the Athanor engines: HikariCP's default {@code maximumPoolSize}, so every contender may
     * keep the same number of connections. Athanor's own default of 5 (SQLAlchemy's) is below the 8 threads of
     * the concurrent table, where it would open a connection beyond the fifth on demand and close it on return
     * whenever five are idle: a cost of the pool size, not of the library.
     */
    static final int ATHANOR_POOL_SIZE = 10;

    private Pools() {
    }

    /**
     * Makes the engine the Athanor contenders run on: default settings except the pool size
     * ({@value #ATHANOR_POOL_SIZE}); on SQLite its {@code creator} opens the shared in-memory database the other
     * contenders use, on PostgreSQL it connects by its URL.
     *
     * @param db the database
     * @return the engine
     */
    static Engine athanor(BenchDatabase db) {
        EngineOptions.Builder options = EngineOptions.builder().poolSize(ATHANOR_POOL_SIZE);
        if (db.kind().equals("sqlite")) {
            options.creator(db::connect);
        }
        return Athanor.createEngine(db.athanorUrl(), options.build());
    }

    /**
     * Makes a pool.
     *
     * @param db the database
     * @param name the pool's name, for its threads
     * @return the pool
     */
    static HikariDataSource hikari(BenchDatabase db, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        if (db.user() != null) {
            config.setUsername(db.user());
        }
        if (db.kind().equals("postgresql")) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        config.setPoolName(name);
        return new HikariDataSource(config);
    }
}
