package org.athanor.dialect.sqlite.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.util.List;
import java.util.Map;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.engine.Row;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Row.getByKey(column)} on a join that selects two columns of the same name: {@code users.id} and
 * {@code addresses.id} (labelled {@code id_1} by the compiler) each find their own value, through the compiled
 * statement's {@code resultIndex}.
 */
class SQLiteRow_ColumnKeyTest {
    private final MetaData metadata = new MetaData();
    private final Table users = new Table("users", metadata, Column.of("id", SqlTypes.INTEGER).primaryKey(),
            Column.of("name", SqlTypes.string(50)));
    private final Table addresses = new Table("addresses", metadata, Column.of("id", SqlTypes.INTEGER).primaryKey(),
            Column.of("user_id", SqlTypes.INTEGER).references("users.id"), Column.of("email", SqlTypes.string(50)));
    private Engine engine;

    @BeforeEach
    void open() {
        engine = Athanor.createEngine("sqlite://");
        metadata.createAll(engine);
        engine.execute(users.insert(), List.of(Map.of("id", 1, "name", "jack"), Map.of("id", 2, "name", "wendy")));
        engine.execute(addresses.insert(), List.of(Map.of("id", 10, "user_id", 2, "email", "wendy@example.org"),
                Map.of("id", 11, "user_id", 1, "email", "jack@example.org")));
    }

    @AfterEach
    void close() {
        engine.dispose();
    }

    @Test
    void twoColumnsNamedIdFromAJoinResolveToTheirOwnValues() {
        Row row = engine.execute(select(users.c("id"), addresses.c("id"), addresses.c("email"))
                .selectFrom(users.join(addresses)).where(addresses.c("email").eq("wendy@example.org"))).one();
        assertThat(row.keys()).hasSize(3).doesNotHaveDuplicates();
        assertThat(row.getByKey(users.c("id"))).isEqualTo(2);
        assertThat(row.getByKey(addresses.c("id"))).isEqualTo(10);
        assertThat(row.getByKey(addresses.c("email"))).isEqualTo("wendy@example.org");
        assertThat(row.get("id")).as("by name: the first column called id").isEqualTo(2);
    }

    @Test
    void theSameShapeFromAnotherMetaDataResolvesToo() {
        // a second declaration of the same tables compiles to the same cached shape; its column objects differ
        MetaData other = new MetaData();
        Table users2 = new Table("users", other, Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("name", SqlTypes.string(50)));
        Table addresses2 = new Table("addresses", other, Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("user_id", SqlTypes.INTEGER).references("users.id"), Column.of("email", SqlTypes.string(50)));
        engine.execute(select(users.c("id"), addresses.c("id"), addresses.c("email")).selectFrom(users.join(addresses))
                .where(addresses.c("email").eq("wendy@example.org"))).all();
        Row row = engine.execute(select(users2.c("id"), addresses2.c("id"), addresses2.c("email"))
                .selectFrom(users2.join(addresses2)).where(addresses2.c("email").eq("jack@example.org"))).one();
        assertThat(row.getByKey(users2.c("id"))).isEqualTo(1);
        assertThat(row.getByKey(addresses2.c("id"))).isEqualTo(11);
    }
}
