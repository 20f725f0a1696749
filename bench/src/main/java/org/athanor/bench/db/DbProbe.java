package org.athanor.bench.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.bench.Probe.Check;

/**
 * The probe's checks of the database benchmarks: each contender on each database selects a row, fetches all
 * rows and inserts all rows, and the answers are checked (a row comes back, {@link BenchDatabase#ROWS} rows
 * are fetched and inserted).
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
                for (String c : List.of("athanor", "jdbc", "jdbi", "jooq")) {
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
                        if (w.selectOne(7 + i) == null) {
                            throw new IllegalStateException("The select found no row with id " + (7 + i) + ".");
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
}
