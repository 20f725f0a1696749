package org.athanor.bench.db;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The benchmarks on a real database (SQLite in memory, PostgreSQL over loopback): a one-row select by
 * primary key, a fetch of {@link BenchDatabase#ROWS} rows of five mixed columns, and an insert of as many
 * rows as one many-row execution. Each operation checks a connection out and returns it. Throughput in
 * operations per second.
 *
 * <p>Thread-safe as JMH uses it (the workload is shared; the id cursor is per thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DbBenchmarks {

    /** The database: {@code sqlite} or {@code postgresql}. */
    @Param({"sqlite", "postgresql"})
    public String db;

    /**
     * The contender: {@code athanor} (text SQL), {@code athanorExpr} (the SQL expression language),
     * {@code jdbc}, {@code jdbi} or {@code jooq}.
     */
    @Param({"athanor", "athanorExpr", "jdbc", "jdbi", "jooq"})
    public String contender;

    private BenchDatabase database;
    private DbWorkload workload;
    private boolean inserting;

    /** Creates the state (JMH does). */
    public DbBenchmarks() {
    }

    /**
     * Opens the database, fills its tables and builds the contender's pool.
     *
     * @param params the benchmark's parameters, naming the method measured
     * @throws Exception if the database is unreachable or the contender fails to start
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        database = BenchDatabase.open(db);
        workload = DbWorkload.create(contender, database);
        inserting = params.getBenchmark().endsWith("insert10k");
    }

    /** Empties the insert table after each iteration of the insert benchmark, so it never grows large. */
    @TearDown(Level.Iteration)
    public void clearInserts() {
        if (inserting) {
            database.clearInserts();
        }
    }

    /**
     * Closes the pool and drops the tables.
     *
     * @throws Exception if closing fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        try {
            workload.close();
        } finally {
            database.close();
        }
    }

    /** The id of the next one-row select: 1 to {@link BenchDatabase#ROWS}, round robin. One per thread. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        /** Creates the cursor (JMH does). */
        public Cursor() {
        }

        int nextId() {
            next = next == BenchDatabase.ROWS ? 1 : next + 1;
            return next;
        }
    }

    /**
     * Selects one row by primary key and reads it.
     *
     * @param cursor which id
     * @return the row
     * @throws Exception if the contender fails
     */
    @Benchmark
    public Object selectOne(Cursor cursor) throws Exception {
        return workload.selectOne(cursor.nextId());
    }

    /**
     * Fetches every row of the item table.
     *
     * @return the rows
     * @throws Exception if the contender fails
     */
    @Benchmark
    public List<?> fetch10k() throws Exception {
        return workload.fetchAll();
    }

    /**
     * Inserts {@link BenchDatabase#ROWS} rows as one many-row execution in a transaction.
     *
     * @return the row count reported
     * @throws Exception if the contender fails
     */
    @Benchmark
    public long insert10k() throws Exception {
        return workload.insertAll();
    }
}
