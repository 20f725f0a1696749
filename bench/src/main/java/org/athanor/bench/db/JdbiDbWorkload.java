package org.athanor.bench.db;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * JDBI 3 on a HikariCP pool, on its fast path: a {@code Jdbi} created once (its SQL template and parse
 * caches warm), one handle per operation, positional binds, a hand-written {@link RowMapper} passed
 * directly (no mapper lookup by type), a {@link PreparedBatch} (one prepared statement reused for every
 * row) in a transaction for the insert.
 *
 * <p>Thread-safe.
 */
final class JdbiDbWorkload implements DbWorkload {
    private static final RowMapper<Item> MAPPER = (rs, ctx) -> new Item(rs.getInt(1), rs.getString(2),
            rs.getInt(3), rs.getDouble(4), rs.getBoolean(5));

    private final HikariDataSource ds;
    private final Jdbi jdbi;
    private final List<Item> items;
    private final String selectOne;
    private final String selectAll;
    private final String insert;

    JdbiDbWorkload(BenchDatabase db) {
        this.ds = Pools.hikari(db, "bench-jdbi");
        this.jdbi = Jdbi.create(ds);
        this.items = db.items();
        String columns = "SELECT id, name, qty, price, active FROM " + db.itemTable();
        this.selectOne = columns + " WHERE id = ?";
        this.selectAll = columns;
        this.insert = BenchDatabase.insertSql(db.insertTable());
    }

    @Override
    public Object selectOne(int id) {
        return jdbi.withHandle(h -> h.createQuery(selectOne).bind(0, id).map(MAPPER).one());
    }

    @Override
    public List<Item> fetchAll() {
        return jdbi.withHandle(h -> h.createQuery(selectAll).map(MAPPER).list());
    }

    @Override
    public long insertAll() {
        return jdbi.inTransaction(h -> {
            PreparedBatch batch = h.prepareBatch(insert);
            for (Item it : items) {
                batch.bind(0, it.id()).bind(1, it.name()).bind(2, it.qty()).bind(3, it.price())
                        .bind(4, it.active()).add();
            }
            return DbWorkload.sum(batch.execute());
        });
    }

    @Override
    public void close() {
        ds.close();
    }
}
