package org.athanor.dialect.sqlite.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.util.List;
import java.util.Map;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Row;
import org.athanor.reflection.Inspector;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.Index;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.Test;

/**
 * Hostile table names, column names and values, executed for real: the table is created, filled, queried,
 * reflected and dropped under its hostile name, the values come back unchanged, and the table the names
 * try to drop is still there.
 */
class SQLiteInjectionTest {
    static final String TABLE = "victim\"; DROP TABLE victim; --";
    static final String COLUMN = "x) OR (1=1; DROP TABLE victim --";
    static final String VALUE = "'); DROP TABLE victim; --";

    @Test
    void hostileNamesAndValuesDoNoHarm() {
        try (Engine engine = Athanor.createEngine("sqlite://"); Connection c = engine.connect()) {
            c.execute("CREATE TABLE victim (id INTEGER)").close();
            MetaData md = new MetaData();
            Table t = new Table(TABLE, md, Column.of("id", SqlTypes.INTEGER).primaryKey(),
                    Column.of(COLUMN, SqlTypes.string(100)), Column.of("Mixed Case", SqlTypes.INTEGER),
                    Index.on(TABLE + " ix", COLUMN));
            t.create(c);
            c.execute(t.insert(), List.of(Map.of("id", 1, COLUMN, VALUE, "Mixed Case", 7),
                    Map.of("id", 2, COLUMN, "plain", "Mixed Case", 8)));
            List<Row> rows = c.execute(select(t).where(t.c(COLUMN).eq(VALUE))).all();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get(1)).isEqualTo(VALUE);
            assertThat(rows.get(0).get(2)).isEqualTo(7);
            assertThat(c.execute(select(t.c("id")).where(t.c(COLUMN).like("%DROP%"))).all()).hasSize(1);
            c.execute(t.update().set(COLUMN, VALUE + VALUE).where(t.c("id").eq(2))).close();
            assertThat(c.execute(select(t.c(COLUMN)).where(t.c("id").eq(2))).scalar()).isEqualTo(VALUE + VALUE);

            MetaData reflected = new MetaData();
            reflected.reflect(c);
            Table r = reflected.table(TABLE);
            assertThat(r.columns()).extracting(col -> col.name()).containsExactly("id", COLUMN, "Mixed Case");
            assertThat(r.indexes()).extracting(Index::name).containsExactly(TABLE + " ix");
            t.drop(c);
            assertThat(Inspector.of(c).tableNames()).containsExactly("victim");
        }
    }
}
