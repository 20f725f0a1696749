package org.athanor.bench.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.Transaction;

/**
 * Athanor with text SQL, on its default engine settings except the pool size (10, as HikariCP's; see
 * {@link Pools#ATHANOR_POOL_SIZE}): one engine per database, a connection per
 * operation, positional parameters for the selects and {@code executeMany} with named parameters in a
 * transaction for the insert. On SQLite the engine's {@code creator} opens the same shared in-memory database
 * the other contenders use; on PostgreSQL the engine connects by its URL.
 *
 * <p>Thread-safe.
 */
final class AthanorDbWorkload implements DbWorkload {
    private final Engine engine;
    private final List<Map<String, Object>> rows;
    private final String selectOne;
    private final String selectAll;
    private final String insert;

    AthanorDbWorkload(BenchDatabase db) {
        this.engine = Pools.athanor(db);
        String columns = "SELECT id, name, qty, price, active FROM " + db.itemTable();
        this.selectOne = columns + " WHERE id = ?";
        this.selectAll = columns;
        this.insert = "INSERT INTO " + db.insertTable() + " (id, name, qty, price, active)"
                + " VALUES (:id, :name, :qty, :price, :active)";
        this.rows = new ArrayList<>(db.items().size());
        for (Item it : db.items()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", it.id());
            row.put("name", it.name());
            row.put("qty", it.qty());
            row.put("price", it.price());
            row.put("active", it.active());
            rows.add(row);
        }
    }

    @Override
    public Object selectOne(int id) {
        try (Connection c = engine.connect()) {
            return c.execute(selectOne, id).one();
        }
    }

    @Override
    public List<Row> fetchAll() {
        try (Connection c = engine.connect()) {
            return c.execute(selectAll).all();
        }
    }

    @Override
    public long insertAll() {
        try (Connection c = engine.connect(); Transaction tx = c.begin()) {
            long n;
            try (Result r = c.executeMany(insert, rows)) {
                n = r.rowcount();
            }
            tx.commit();
            return n;
        }
    }

    @Override
    public void close() {
        engine.dispose();
    }
}
