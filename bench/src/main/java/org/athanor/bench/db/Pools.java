package org.athanor.bench.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

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

    private Pools() {
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
