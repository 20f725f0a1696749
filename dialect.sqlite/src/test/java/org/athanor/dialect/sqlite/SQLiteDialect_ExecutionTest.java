package org.athanor.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Compiled;
import org.athanor.engine.StatementKind;
import org.junit.jupiter.api.Test;

/**
 * How the dialect runs statements and reads column labels: queries through sqlite-jdbc's executeQuery, the
 * labels it holds; anything without result columns as {@code execute()} runs it, exactly once.
 */
class SQLiteDialect_ExecutionTest {
    private final SQLiteDialect dialect = new SQLiteDialect();

    /** A text-like statement whose kind the test chooses. */
    record Text(String sql, StatementKind kind) implements Compiled {
        @Override
        public boolean returnsRows() {
            return kind == StatementKind.SELECT;
        }

        @Override
        public List<String> parameterNames() {
            return List.of();
        }

        @Override
        public List<Object> bind(Map<String, ?> parameters) {
            return List.of();
        }
    }

    @Test
    void aQueryReturnsItsRowsAndItsLabels() throws SQLException {
        try (Connection c = RawSQLite.open(dialect, "sqlite://")) {
            RawSQLite.exec(c, "CREATE TABLE t (a INTEGER, b TEXT)", "INSERT INTO t VALUES (1, 'x'), (2, 'y')");
            Text q = new Text("SELECT a AS first, b, a + 1 FROM t ORDER BY a", StatementKind.SELECT);
            try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                ResultSet rs = dialect.execute(ps, q);
                assertThat(rs).isNotNull();
                ResultSet plain = ps.getMetaData().unwrap(ResultSet.class);
                assertThat(dialect.columnLabels(rs)).containsExactly("first", "b", "a + 1");
                assertThat(dialect.columnLabels(rs)).containsExactly(plain.getMetaData().getColumnLabel(1),
                        plain.getMetaData().getColumnLabel(2), plain.getMetaData().getColumnLabel(3));
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1)).isEqualTo(1);
                assertThat(rs.next()).isTrue();
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void aQueryWithNoRowsStillHasItsLabels() throws SQLException {
        try (Connection c = RawSQLite.open(dialect, "sqlite://")) {
            RawSQLite.exec(c, "CREATE TABLE t (a INTEGER, b TEXT)");
            Text q = new Text("SELECT b, a FROM t", StatementKind.SELECT);
            try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                ResultSet rs = dialect.execute(ps, q);
                assertThat(dialect.columnLabels(rs)).containsExactly("b", "a");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void aStatementTakenForAQueryWithoutResultColumnsRunsOnceAsAnUpdate() throws SQLException {
        try (Connection c = RawSQLite.open(dialect, "sqlite://")) {
            RawSQLite.exec(c, "CREATE TABLE t (a INTEGER)");
            // begins like a query (WITH), but inserts: no result columns
            Text cte = new Text("WITH v(x) AS (VALUES (5)) INSERT INTO t SELECT x FROM v", StatementKind.SELECT);
            try (PreparedStatement ps = c.prepareStatement(cte.sql())) {
                assertThat(dialect.execute(ps, cte)).isNull();
                assertThat(ps.getUpdateCount()).isEqualTo(1);
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*), sum(a) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).as("ran exactly once").isEqualTo(1);
                assertThat(rs.getInt(2)).isEqualTo(5);
            }
        }
    }

    @Test
    void updatesAndReturningRunAsExecuteRunsThem() throws SQLException {
        try (Connection c = RawSQLite.open(dialect, "sqlite://")) {
            RawSQLite.exec(c, "CREATE TABLE t (a INTEGER)", "INSERT INTO t VALUES (1), (2)");
            Text update = new Text("UPDATE t SET a = a + 10", StatementKind.UPDATE);
            try (PreparedStatement ps = c.prepareStatement(update.sql())) {
                assertThat(dialect.execute(ps, update)).isNull();
                assertThat(ps.getUpdateCount()).isEqualTo(2);
            }
            Text returning = new Text("DELETE FROM t WHERE a = 11 RETURNING a", StatementKind.DELETE);
            try (PreparedStatement ps = c.prepareStatement(returning.sql())) {
                ResultSet rs = dialect.execute(ps, returning);
                assertThat(rs).isNotNull();
                assertThat(dialect.columnLabels(rs)).containsExactly("a");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(11);
            }
        }
    }
}
