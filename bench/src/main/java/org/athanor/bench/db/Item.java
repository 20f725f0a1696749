package org.athanor.bench.db;

/**
 * One row of the benchmark table: five columns of mixed types, as the raw JDBC and JDBI contenders map it.
 * Immutable and thread-safe.
 *
 * @param id the primary key, 1 to {@link BenchDatabase#ROWS}
 * @param name a short string
 * @param qty an integer
 * @param price a double
 * @param active a boolean
 */
public record Item(int id, String name, int qty, double price, boolean active) {

    /**
     * Makes the row every table holds for an id, so all contenders read and write the same data.
     *
     * @param id the id
     * @return the row
     */
    public static Item of(int id) {
        return new Item(id, "item-" + id, id % 1000, id * 0.25, id % 2 == 0);
    }
}
