package org.athanor.dialect.postgresql.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.URL;
import org.athanor.reflection.Inspector;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Sequence;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.athanor.testing.LiveDatabase;
import org.junit.jupiter.api.Test;

/**
 * Sequences, identity columns, JSONB and RETURNING on the live PostgreSQL server: createAll creates the
 * sequence a column uses, an INSERT takes the column from it, an identity key is reported, dropAll drops both.
 */
class PostgreSQLSchema_LiveTest {

    @Test
    void sequencesIdentityJsonAndReturning() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Sequence seq = Sequence.of("invoice_seq_" + suffix).start(100).increment(10);
        MetaData md = new MetaData();
        Table invoices = new Table("invoices_" + suffix, md,
                Column.of("id", SqlTypes.BIGINT).primaryKey().identity(),
                Column.of("number", SqlTypes.INTEGER).sequence(seq),
                Column.of("doc", SqlTypes.JSON),
                Column.of("uid", SqlTypes.UUID_TYPE));
        try (Engine engine = Athanor.createEngine(URL.parse(LiveDatabase.postgresql()).render(false))) {
            md.createAll(engine);
            try (Connection c = engine.connect()) {
                UUID uid = UUID.randomUUID();
                Result r = c.execute(invoices.insert().value("doc", "{\"a\": 1}").value("uid", uid));
                assertThat(r.insertedPrimaryKey()).containsExactly(1L);
                c.execute(invoices.insert(), List.of(Map.of("doc", "[]"), Map.of("doc", "{}"))).close();
                try (Result rows = c.execute(select(invoices.c("number"), invoices.c("doc"), invoices.c("uid"))
                        .orderBy(invoices.c("id")))) {
                    var all = rows.all();
                    assertThat(all).extracting(row -> row.get(0)).containsExactly(100, 110, 120);
                    assertThat(all.get(0).get(1)).isEqualTo("{\"a\": 1}");
                    assertThat(all.get(0).get(2)).isEqualTo(uid);
                }
                try (Result ret = c.execute(invoices.update().set("doc", "null").where(invoices.c("number").eq(110))
                        .returning(invoices.c("id"), invoices.c("number")))) {
                    assertThat(ret.one().values()).containsExactly(2L, 110);
                }
            }
            assertThat(Inspector.of(engine).hasSequence(seq.name(), null)).isTrue();
            md.dropAll(engine);
            assertThat(Inspector.of(engine).hasSequence(seq.name(), null)).isFalse();
            assertThat(Inspector.of(engine).hasTable(invoices.name())).isFalse();
        }
    }
}
