package org.athanor.bench.cycle;

import java.sql.SQLException;

/**
 * One contender's way of doing the stub-driver cycles: check a connection out and back in; run one
 * statement on it; run it in a transaction. Each method is one operation of a benchmark.
 *
 * <p>Implementations are thread-safe: a benchmark calls them from up to 8 threads at once.
 */
public interface StubWorkload extends AutoCloseable {

    /** The statement every cycle runs: one parameter, no rows back (as in HikariCP's statement bench). */
    String SQL = "INSERT INTO bench (id) VALUES (?)";

    /**
     * Checks a connection out of the pool and returns it.
     *
     * @return something for the benchmark to consume
     * @throws Exception if the contender fails
     */
    Object poolCycle() throws Exception;

    /**
     * Checks a connection out, prepares and executes {@link #SQL} with the parameter 1, closes the
     * statement and returns the connection.
     *
     * @return the update count
     * @throws Exception if the contender fails
     */
    int statementCycle() throws Exception;

    /**
     * Checks a connection out, begins a transaction, executes {@link #SQL}, commits and returns the
     * connection.
     *
     * @return the update count
     * @throws Exception if the contender fails
     */
    int transactionCycle() throws Exception;

    /**
     * Closes the pool.
     *
     * @throws SQLException if closing fails
     */
    @Override
    void close() throws SQLException;

    /** The three cycles, so a contender builds only what the one being measured needs. */
    enum Cycle {
        /** {@link StubWorkload#poolCycle()}. */
        POOL,
        /** {@link StubWorkload#statementCycle()}. */
        STATEMENT,
        /** {@link StubWorkload#transactionCycle()}. */
        TRANSACTION
    }

    /**
     * Makes the named contender's workload.
     *
     * @param contender {@code athanor}, {@code athanorDefault} (every default, pool size 5 included),
     *     {@code hikari} or {@code dbcp2}
     * @param cycle the cycle that will be measured
     * @return the workload, ready to run
     * @throws IllegalArgumentException for another name
     */
    static StubWorkload create(String contender, Cycle cycle) {
        return switch (contender) {
            case "athanor" -> new AthanorStubWorkload(cycle, false);
            case "athanorDefault" -> new AthanorStubWorkload(cycle, true);
            case "hikari" -> JdbcStubWorkload.hikari();
            case "dbcp2" -> JdbcStubWorkload.dbcp2();
            default -> throw new IllegalArgumentException("Unknown stub contender '" + contender
                    + "'; known: athanor, athanorDefault, hikari, dbcp2.");
        };
    }
}
