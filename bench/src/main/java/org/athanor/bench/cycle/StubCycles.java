package org.athanor.bench.cycle;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.athanor.bench.cycle.StubWorkload.Cycle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The cycles on the do-nothing stub driver, where only the pool or library is measured: check a connection
 * out and back in (pool cycle); also prepare and execute one statement (statement cycle); also begin and
 * commit a transaction around it (transaction cycle). Throughput in operations per microsecond.
 *
 * <p>The workload is shared by all benchmark threads (one pool, as in an application). Thread-safe as JMH
 * uses it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StubCycles {

    /** The contender: {@code athanor}, {@code athanorDefault}, {@code hikari} or {@code dbcp2}. */
    @Param({"athanor", "athanorDefault", "hikari", "dbcp2"})
    public String contender;

    private StubWorkload workload;

    /** Creates the state (JMH does). */
    public StubCycles() {
    }

    /**
     * Builds the contender's pool for the cycle being measured.
     *
     * @param params the benchmark's parameters, naming the method measured
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        workload = StubWorkload.create(contender, cycleOf(params.getBenchmark()));
    }

    /**
     * Closes the pool.
     *
     * @throws SQLException if closing fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        workload.close();
    }

    /**
     * Tells which cycle a benchmark method measures.
     *
     * @param benchmark the fully qualified method name
     * @return the cycle
     */
    static Cycle cycleOf(String benchmark) {
        if (benchmark.endsWith("statementCycle")) {
            return Cycle.STATEMENT;
        }
        if (benchmark.endsWith("transactionCycle")) {
            return Cycle.TRANSACTION;
        }
        return Cycle.POOL;
    }

    /**
     * Checks a connection out and returns it.
     *
     * @return the checked-in handle
     * @throws Exception if the contender fails
     */
    @Benchmark
    public Object poolCycle() throws Exception {
        return workload.poolCycle();
    }

    /**
     * Checks out, prepares, executes, closes, returns.
     *
     * @return the update count
     * @throws Exception if the contender fails
     */
    @Benchmark
    public int statementCycle() throws Exception {
        return workload.statementCycle();
    }

    /**
     * Checks out, begins, executes, commits, returns.
     *
     * @return the update count
     * @throws Exception if the contender fails
     */
    @Benchmark
    public int transactionCycle() throws Exception {
        return workload.transactionCycle();
    }
}
