package org.athanor.dialect.sqlite.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.athanor.sql.SQL.select;

import java.util.List;
import java.util.Map;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.exc.UnsupportedCompilationException;
import org.athanor.sql.Alias;
import org.athanor.sql.Insert;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.athanor.sql.upsert.OnConflict;
import org.junit.jupiter.api.Test;

/**
 * ON CONFLICT on SQLite: a batch of rows inserts and updates through one statement, an INSERT ... SELECT
 * without a WHERE upserts (the SELECT is wrapped so that SQLite cannot read ON as a join condition), and a
 * constraint target, which SQLite lacks, is refused.
 */
class SQLiteUpsertTest {
    private final MetaData md = new MetaData();
    private final Table stock = new Table("stock", md,
            Column.of("sku", SqlTypes.string(10)).primaryKey(),
            Column.of("qty", SqlTypes.INTEGER).notNull());
    private final Table incoming = new Table("incoming", md,
            Column.of("sku", SqlTypes.string(10)),
            Column.of("qty", SqlTypes.INTEGER));
    private final Alias excluded = OnConflict.excluded(stock);

    private List<List<Object>> rows(Connection c) {
        try (Result r = c.execute(select(stock.c("sku"), stock.c("qty")).orderBy(stock.c("sku")))) {
            return r.all().stream().map(Row::values).toList();
        }
    }

    @Test
    void manyRowsInsertOrAddToTheExistingOnes() {
        try (Engine engine = Athanor.createEngine("sqlite://"); Connection c = engine.connect()) {
            md.createAll(c);
            Insert add = stock.insert().withOption(OnConflict.on("sku")
                    .doUpdate(Map.of("qty", stock.c("qty").plus(excluded.c("qty")))));
            c.execute(add, List.of(Map.of("sku", "a", "qty", 1), Map.of("sku", "b", "qty", 2))).close();
            c.execute(add, List.of(Map.of("sku", "a", "qty", 10), Map.of("sku", "c", "qty", 3))).close();
            assertThat(rows(c)).containsExactly(List.of("a", 11), List.of("b", 2), List.of("c", 3));

            c.execute(incoming.insert(), List.of(Map.of("sku", "a", "qty", 100), Map.of("sku", "d", "qty", 4)))
                    .close();
            // unwrapped, "SELECT ... FROM incoming ON CONFLICT" is a syntax error: ON would start a join condition
            c.execute(stock.insert().fromSelect(List.of("sku", "qty"), select(incoming.c("sku"), incoming.c("qty")))
                    .withOption(OnConflict.on("sku").doUpdate(Map.of("qty", excluded.c("qty"))))).close();
            assertThat(rows(c)).containsExactly(List.of("a", 100), List.of("b", 2), List.of("c", 3), List.of("d", 4));
        }
    }

    @Test
    void aConstraintTargetIsRefused() {
        try (Engine engine = Athanor.createEngine("sqlite://")) {
            Insert byName = stock.insert().values(Map.of("sku", "a", "qty", 1))
                    .withOption(OnConflict.onConstraint("stock_pkey").doNothing());
            assertThatThrownBy(() -> byName.compile(engine.dialect()))
                    .isInstanceOf(UnsupportedCompilationException.class)
                    .hasMessageContaining("SQLite has no ON CONFLICT ON CONSTRAINT")
                    .hasMessageContaining("OnConflict.on(");
        }
    }
}
