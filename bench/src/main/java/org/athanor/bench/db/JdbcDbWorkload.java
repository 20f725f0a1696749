package org.athanor.bench.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw JDBC on a HikariCP pool, written as a careful hand would: prepared statements, typed getters by index,
 * one batch in one transaction for the insert. The reference of every database benchmark.
 *
 * <p>Thread-safe.
 */
final class JdbcDbWorkload implements DbWorkload {
    private final HikariDataSource ds;
    private final List<Item> items;
    private final String selectOne;
    private final String selectAll;
    private final String insert;

    JdbcDbWorkload(BenchDatabase db) {
        this.ds = Pools.hikari(db, "bench-jdbc");
        this.items = db.items();
        String columns = "SELECT id, name, qty, price, active FROM " + db.itemTable();
        this.selectOne = columns + " WHERE id = ?";
        this.selectAll = columns;
        this.insert = BenchDatabase.insertSql(db.insertTable());
    }

    private static Item read(ResultSet rs) throws SQLException {
        return new Item(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getBoolean(5));
    }

    @Override
    public Object selectOne(int id) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(selectOne)) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    @Override
    public List<Item> fetchAll() throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(selectAll);
                ResultSet rs = ps.executeQuery()) {
            List<Item> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read(rs));
            }
            return out;
        }
    }

    @Override
    public long insertAll() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long n;
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                for (Item it : items) {
                    BenchDatabase.bind(ps, it);
                    ps.addBatch();
                }
                n = DbWorkload.sum(ps.executeBatch());
            }
            c.commit();
            return n;
        }
    }

    @Override
    public void close() {
        ds.close();
    }
}
