package org.athanor.bench.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.bench.Probe.Check;

/**
 * The probe's checks of the database benchmarks: each contender on each database selects a row, fetches all
 * rows and inserts all rows, and the answers are checked (the selected row holds the item of that id,
 * {@link BenchDatabase#ROWS} rows are fetched and inserted).
 *
 * <p>Thread-safe (stateless).
 */
public final class DbProbe {

    private DbProbe() {
    }

    /**
     * Lists the checks.
     *
     * @return the checks
     */
    public static List<Check> checks() {
        List<Check> out = new ArrayList<>();
        for (String method : List.of("selectOne", "fetch10k", "insert10k")) {
            for (String db : List.of("sqlite", "postgresql")) {
                for (String c : List.of("athanor", "athanorExpr", "jdbc", "jdbi", "jooq")) {
                    out.add(new Check("DbBenchmarks." + method, Map.of("db", db, "contender", c),
                            () -> run(method, db, c)));
                }
            }
        }
        return out;
    }

    private static Map<String, Double> run(String method, String db, String contender) throws Exception {
        try (BenchDatabase database = BenchDatabase.open(db);
                DbWorkload w = DbWorkload.create(contender, database)) {
            for (int i = 0; i < 3; i++) {
                switch (method) {
                    case "selectOne" -> {
                        Object row = w.selectOne(7 + i);
                        if (row == null) {
                            throw new IllegalStateException("The select found no row with id " + (7 + i) + ".");
                        }
                        Item got = asItem(row);
                        if (!got.equals(Item.of(7 + i))) {
                            throw new IllegalStateException("The select of id " + (7 + i) + " read " + got + ", not "
                                    + Item.of(7 + i) + ".");
                        }
                    }
                    case "fetch10k" -> {
                        int n = w.fetchAll().size();
                        if (n != BenchDatabase.ROWS) {
                            throw new IllegalStateException("The fetch returned " + n + " rows, not "
                                    + BenchDatabase.ROWS + ".");
                        }
                    }
                    default -> {
                        database.clearInserts();
                        w.insertAll();
                        long n = database.insertedRows();
                        if (n != BenchDatabase.ROWS) {
                            throw new IllegalStateException("The insert left " + n + " rows, not "
                                    + BenchDatabase.ROWS + ".");
                        }
                    }
                }
            }
            return Map.of();
        }
    }

    /**
     * Reads a contender's row (an {@link Item}, an Athanor {@code Row}, a jOOQ {@code Record}) as an item,
     * whatever Java types the driver or library gave each column (a SQLite boolean may be a number).
     */
    private static Item asItem(Object row) {
        if (row instanceof Item it) {
            return it;
        }
        Object[] v = new Object[5];
        if (row instanceof org.athanor.engine.Row r) {
            for (int i = 0; i < 5; i++) {
                v[i] = r.get(i);
            }
        } else if (row instanceof org.jooq.Record r) {
            for (int i = 0; i < 5; i++) {
                v[i] = r.get(i);
            }
        } else {
            throw new IllegalStateException("The select returned a " + row.getClass().getName() + ", which the"
                    + " probe cannot read.");
        }
        boolean active = v[4] instanceof Boolean b ? b : ((Number) v[4]).intValue() != 0;
        return new Item(((Number) v[0]).intValue(), (String) v[1], ((Number) v[2]).intValue(),
                ((Number) v[3]).doubleValue(), active);
    }
}
