package org.athanor.bench.db;

import java.util.List;

/**
 * One contender's way of doing the database benchmarks, each method one operation: check a connection out
 * of the contender's pool, do the work, return the connection.
 *
 * <p>Every contender reads and writes the same tables of a {@link BenchDatabase} through the same JDBC driver
 * and uses its own documented fast path; each returns rows in its natural form (a record mapped by hand for
 * raw JDBC and JDBI, a jOOQ {@code Record}, an Athanor {@code Row}).
 *
 * <p>Implementations are thread-safe.
 */
public interface DbWorkload extends AutoCloseable {

    /**
     * Selects the row with this primary key and reads all five columns.
     *
     * @param id the id, 1 to {@link BenchDatabase#ROWS}
     * @return the row
     * @throws Exception if the contender fails
     */
    Object selectOne(int id) throws Exception;

    /**
     * Fetches all {@link BenchDatabase#ROWS} rows of the item table, reading every column.
     *
     * @return the rows
     * @throws Exception if the contender fails
     */
    List<?> fetchAll() throws Exception;

    /**
     * Inserts the {@link BenchDatabase#ROWS} items into the insert table as one many-row (batch) execution
     * in one transaction.
     *
     * @return the number of rows inserted, as the contender reports it
     * @throws Exception if the contender fails
     */
    long insertAll() throws Exception;

    /** Closes the contender's pool. */
    @Override
    void close();

    /**
     * Adds up the update counts of a batch.
     *
     * @param counts the counts, one per row
     * @return their sum
     */
    static long sum(int[] counts) {
        long n = 0;
        for (int count : counts) {
            n += count;
        }
        return n;
    }

    /**
     * Makes the named contender's workload on a database.
     *
     * @param contender {@code athanor} (text SQL), {@code athanorExpr} (the SQL expression language),
     *     {@code jdbc}, {@code jdbi} or {@code jooq}
     * @param db the database
     * @return the workload
     * @throws IllegalArgumentException for another name
     */
    static DbWorkload create(String contender, BenchDatabase db) {
        return switch (contender) {
            case "athanor" -> new AthanorDbWorkload(db);
            case "athanorExpr" -> new AthanorExprDbWorkload(db);
            case "jdbc" -> new JdbcDbWorkload(db);
            case "jdbi" -> new JdbiDbWorkload(db);
            case "jooq" -> new JooqDbWorkload(db);
            default -> throw new IllegalArgumentException("Unknown database contender '" + contender
                    + "'; known: athanor, athanorExpr, jdbc, jdbi, jooq.");
        };
    }
}
