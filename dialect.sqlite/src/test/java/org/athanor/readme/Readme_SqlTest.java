package org.athanor.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Row;
import org.athanor.sql.Func;
import org.athanor.sql.Select;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.Test;

/**
 * The README's section on the SQL expression language and reflection: the code below is the section's,
 * compiled and run; the test fails if the README's code drifts from it.
 */
class Readme_SqlTest {

    @Test
    void expressionsAndReflectionRunAndPrint() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        try (Engine engine = Athanor.createEngine("sqlite:///file:readme?mode=memory&cache=shared&uri=true")) {
            expressions(engine, out);
            reflection(engine, out);
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8).lines()).containsExactly("jack jack@msn.com",
                "addresses: [id, user_id, email], 2 rows for user 1");
    }

    @Test
    void theDocumentShowsExactlyThisCode() throws Exception {
        Path doc = source();
        Path test = ReadmeSnippets.testSource(getClass());
        assertThat(ReadmeSnippets.block(doc, "sql-expressions")).isEqualTo(ReadmeSnippets.region(test,
                "sql-expressions"));
        assertThat(ReadmeSnippets.block(doc, "sql-reflection")).isEqualTo(ReadmeSnippets.region(test,
                "sql-reflection"));
    }

    private static Path source() {
        return ReadmeSnippets.readme();
    }

    private static void expressions(Engine engine, PrintStream out) {
        // tag::sql-expressions[]
        MetaData metadata = new MetaData();
        Table users = new Table("users", metadata,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("name", SqlTypes.string(50)).notNull());
        Table addresses = new Table("addresses", metadata,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("user_id", SqlTypes.INTEGER).references("users.id"),
                Column.of("email", SqlTypes.string(100)).notNull());
        metadata.createAll(engine);                     // CREATE TABLE in foreign-key order, if missing

        try (Connection conn = engine.connect()) {
            Object jack = conn.execute(users.insert().value("name", "jack")).insertedPrimaryKey().get(0);
            conn.execute(addresses.insert(), List.of(  // one statement, executed as a JDBC batch
                    Map.of("user_id", jack, "email", "jack@yahoo.com"),
                    Map.of("user_id", jack, "email", "jack@msn.com")));

            Select query = select(users.c("name"), addresses.c("email"))
                    .selectFrom(users.join(addresses))   // ON users.id = addresses.user_id, from the key
                    .where(addresses.c("email").like("%@msn.com"))
                    .orderBy(users.c("name"));
            for (Row row : conn.execute(query)) {
                out.println(row.get("name") + " " + row.get("email"));
            }
        }
        // end::sql-expressions[]
    }

    private static void reflection(Engine engine, PrintStream out) {
        // tag::sql-reflection[]
        MetaData reflected = new MetaData();
        reflected.reflect(engine);                      // every table, nothing declared by hand
        Table addresses = reflected.table("addresses");
        Object count = engine.execute(select(Func.count()).selectFrom(addresses)
                .where(addresses.c("user_id").eq(1))).scalar();
        out.println(addresses.name() + ": " + addresses.columns().stream().map(c -> c.name()).toList()
                + ", " + count + " rows for user 1");
        // end::sql-reflection[]
    }
}
