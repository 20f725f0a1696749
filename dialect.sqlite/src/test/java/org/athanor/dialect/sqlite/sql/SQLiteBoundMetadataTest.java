package org.athanor.dialect.sqlite.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's bound metadata and implicit execution (kept because the seed describes it; discouraged):
 * {@code metadata.bind(engine)}, then {@code table.select().execute()} and
 * {@code users.update(users.c.user_id == 5).execute(name='ed')}.
 */
class SQLiteBoundMetadataTest {

    @Test
    void statementsOnBoundTablesExecuteThemselves() {
        try (Engine engine = Athanor.createEngine("sqlite:///file:bound?mode=memory&cache=shared&uri=true")) {
            MetaData metadata = new MetaData();
            Table users = new Table("users", metadata, Column.of("user_id", SqlTypes.INTEGER).primaryKey(),
                    Column.of("name", SqlTypes.string(50)));
            metadata.bind(engine);
            metadata.createAll(engine);
            users.insert().execute(Map.of("user_id", 5, "name", "jack")).close();
            users.update(users.c("user_id").eq(5)).execute(Map.of("name", "ed")).close();
            try (Result r = users.select().execute()) {
                var row = r.one();
                assertThat(row.get("name")).isEqualTo("ed");
                assertThat(row.getByKey(users.c("user_id"))).isEqualTo(5);
            }
        }
    }
}
