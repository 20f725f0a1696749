package org.athanor.dialect.sqlite.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Row;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.Test;

/** Values of every type go into SQLite and come back as the same Java values. */
class SQLiteTypes_RoundTripTest {

    @Test
    void everyTypeRoundTrips() {
        MetaData md = new MetaData();
        Table t = new Table("kinds", md, Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("small", SqlTypes.SMALLINT), Column.of("big", SqlTypes.BIGINT),
                Column.of("price", SqlTypes.numeric(10, 2)), Column.of("ratio", SqlTypes.DOUBLE),
                Column.of("flag", SqlTypes.BOOLEAN), Column.of("label", SqlTypes.string(30)),
                Column.of("body", SqlTypes.TEXT), Column.of("born", SqlTypes.DATE), Column.of("at", SqlTypes.TIME),
                Column.of("created", SqlTypes.DATETIME), Column.of("stamped", SqlTypes.TIMESTAMP_TZ),
                Column.of("data", SqlTypes.BLOB), Column.of("uid", SqlTypes.UUID_TYPE),
                Column.of("doc", SqlTypes.JSON));
        UUID uid = UUID.randomUUID();
        LocalDateTime created = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000);
        OffsetDateTime stamped = OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 0, ZoneOffset.ofHours(2));
        try (Engine engine = Athanor.createEngine("sqlite://"); Connection c = engine.connect()) {
            t.create(c);
            c.execute(t.insert().value("id", 1).value("small", 7).value("big", 9_000_000_000L)
                    .value("price", new BigDecimal("12.50")).value("ratio", 0.25).value("flag", true)
                    .value("label", "it's").value("body", "long text").value("born", LocalDate.of(2000, 1, 31))
                    .value("at", LocalTime.of(8, 15, 1)).value("created", created).value("stamped", stamped)
                    .value("data", new byte[] {1, 2, (byte) 255}).value("uid", uid).value("doc", "{\"a\": [1]}"))
                    .close();
            Row r = c.execute(t.select()).one();
            assertThat(r.get("small")).isEqualTo(7);
            assertThat(r.get("big")).isEqualTo(9_000_000_000L);
            assertThat(r.get("price")).isEqualTo(new BigDecimal("12.50"));
            assertThat(r.get("ratio")).isEqualTo(0.25);
            assertThat(r.get("flag")).isEqualTo(true);
            assertThat(r.get("label")).isEqualTo("it's");
            assertThat(r.get("body")).isEqualTo("long text");
            assertThat(r.get("born")).isEqualTo(LocalDate.of(2000, 1, 31));
            assertThat(r.get("at")).isEqualTo(LocalTime.of(8, 15, 1));
            assertThat(r.get("created")).isEqualTo(created);
            assertThat(r.get("stamped")).isEqualTo(stamped.withOffsetSameInstant(ZoneOffset.UTC));
            assertThat((byte[]) r.get("data")).containsExactly(1, 2, 255);
            assertThat(r.get("uid")).isEqualTo(uid);
            assertThat(r.get("doc")).isEqualTo("{\"a\": [1]}");
            assertThat(c.execute(t.select().where(t.c("born").lt(LocalDate.of(2001, 1, 1)),
                    t.c("created").gt(LocalDateTime.of(2024, 1, 1, 0, 0)))).all()).hasSize(1);
        }
    }
}
