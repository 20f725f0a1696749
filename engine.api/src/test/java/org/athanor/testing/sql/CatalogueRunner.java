package org.athanor.testing.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.athanor.engine.Connectable;
import org.athanor.engine.Connection;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.Transaction;
import org.athanor.exc.UnsupportedCompilationException;
import org.athanor.sql.schema.Table;

/**
 * Executes the statement catalogue on a real database and checks each result: the fixture tables are
 * created with {@code createAll} and filled, then every entry runs in a transaction that is rolled back, so
 * entries do not see each other's changes. Values are compared after normalization (numbers by value,
 * bytes by content).
 *
 * <p>Not thread-safe; run it from one test.
 */
public final class CatalogueRunner {
    private CatalogueRunner() {
    }

    /**
     * Creates and fills the fixture schema.
     *
     * @param connectable an engine or a connection
     * @param schema the schema
     */
    public static void setUp(Connectable connectable, CatalogueSchema schema) {
        schema.metadata.dropAll(connectable);
        schema.metadata.createAll(connectable);
        try (Connection c = connectable.contextualConnect()) {
            for (Map.Entry<Table, List<Map<String, Object>>> e : schema.rows().entrySet()) {
                c.execute(e.getKey().insert(), e.getValue());
            }
        }
    }

    /**
     * What a run did.
     *
     * @param executed the ids executed (passed or failed)
     * @param unsupported the ids the dialect refused to compile
     * @param failures one message per failing entry
     */
    public record Report(List<String> executed, List<String> unsupported, List<String> failures) {
    }

    /**
     * Runs every executable entry. Entries the dialect refuses to compile
     * ({@code UnsupportedCompilationException}) and ids in {@code skip} are left out.
     *
     * @param connectable an engine or a connection
     * @param schema the fixture schema (set up)
     * @param skip ids not to run
     * @return the report
     */
    public static Report run(Connectable connectable, CatalogueSchema schema, Set<String> skip) {
        List<String> failures = new ArrayList<>();
        List<String> executed = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        try (Connection conn = connectable.contextualConnect()) {
            for (CatalogueEntry e : StatementCatalogue.entries(schema)) {
                if (e.isCompileOnly() || skip.contains(e.id())) {
                    continue;
                }
                try (Transaction tx = conn.begin()) {
                    executed.add(e.id());
                    String problem = runOne(conn, e);
                    if (problem != null) {
                        failures.add(e.id() + ": " + problem);
                    }
                    tx.rollback();
                } catch (UnsupportedCompilationException ex) {
                    executed.remove(e.id());
                    unsupported.add(e.id());
                } catch (RuntimeException ex) {
                    failures.add(e.id() + ": " + ex);
                }
            }
        }
        return new Report(executed, unsupported, failures);
    }

    private static String runOne(Connection conn, CatalogueEntry e) {
        try (Result r = conn.execute(e.statement(), e.parameters())) {
            if (e.expectedRowcount() != null && r.rowcount() != e.expectedRowcount()) {
                return "row count " + r.rowcount() + ", expected " + e.expectedRowcount();
            }
            if (e.expectsInsertedKey() && (r.insertedPrimaryKey().isEmpty() || r.insertedPrimaryKey().get(0) == null)) {
                return "no inserted primary key reported";
            }
            if (e.expectsOneNonNullValue()) {
                List<Row> rows = r.all();
                if (rows.size() != 1 || rows.get(0).size() != 1 || rows.get(0).get(0) == null) {
                    return "expected one non-null value, got " + rows;
                }
            } else if (e.expectedRows() != null) {
                String diff = compare(values(r.all()), e.expectedRows(), e.ordered());
                if (diff != null) {
                    return diff;
                }
            }
        }
        if (e.verifyQuery() != null) {
            try (Result v = conn.execute(e.verifyQuery())) {
                String diff = compare(values(v.all()), e.verifyRows(), true);
                if (diff != null) {
                    return "after it, " + diff;
                }
            }
        }
        return null;
    }

    private static List<List<Object>> values(List<Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(new ArrayList<>(row.values()));
        }
        return out;
    }

    static String compare(List<List<Object>> actual, List<List<Object>> expected, boolean ordered) {
        List<List<Object>> a = normalize(actual);
        List<List<Object>> x = normalize(expected);
        if (!ordered) {
            Comparator<List<Object>> byText = Comparator.comparing(Object::toString);
            a.sort(byText);
            x.sort(byText);
        }
        return a.equals(x) ? null : "rows " + actual + ", expected " + expected;
    }

    private static List<List<Object>> normalize(List<List<Object>> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Object> n = new ArrayList<>();
            for (Object v : row) {
                n.add(normalize(v));
            }
            out.add(n);
        }
        return out;
    }

    private static Object normalize(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue()).stripTrailingZeros();
        }
        if (v instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
            return d.signum() == 0 ? BigDecimal.ZERO : d;
        }
        if (v instanceof byte[] b) {
            return Arrays.toString(b);
        }
        return v;
    }
}
