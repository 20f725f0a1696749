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
import org.athanor.sql.Alias;
import org.athanor.sql.Insert;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.athanor.sql.upsert.OnConflict;
import org.junit.jupiter.api.Test;

/**
 * The README's upsert example: the code below is the section's, compiled and run on SQLite; the test fails if
 * the README's code drifts from it.
 */
class Readme_UpsertTest {

    @Test
    void upsertRunsAndPrints() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        try (Engine engine = Athanor.createEngine("sqlite://")) {
            upsert(engine, out);
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8).lines()).containsExactly("about 1", "home 2");
    }

    @Test
    void theDocumentShowsExactlyThisCode() throws Exception {
        Path test = ReadmeSnippets.testSource(getClass());
        assertThat(ReadmeSnippets.block(ReadmeSnippets.readme(), "sql-upsert"))
                .isEqualTo(ReadmeSnippets.region(test, "sql-upsert"));
    }

    private static void upsert(Engine engine, PrintStream out) {
        // tag::sql-upsert[]
        MetaData metadata = new MetaData();
        Table counters = new Table("counters", metadata,
                Column.of("page", SqlTypes.string(20)).primaryKey(),
                Column.of("hits", SqlTypes.INTEGER).notNull());
        metadata.createAll(engine);

        Alias excluded = OnConflict.excluded(counters);     // the row that was proposed
        Insert hit = counters.insert().withOption(OnConflict.on("page")
                .doUpdate(Map.of("hits", counters.c("hits").plus(excluded.c("hits")))));
        try (Connection conn = engine.connect()) {
            conn.execute(hit, List.of(Map.of("page", "home", "hits", 1), Map.of("page", "about", "hits", 1)));
            conn.execute(hit, Map.of("page", "home", "hits", 1));   // "home" exists: its hits go up
            for (Row row : conn.execute(select(counters).orderBy(counters.c("page")))) {
                out.println(row.get("page") + " " + row.get("hits"));
            }
        }
        // end::sql-upsert[]
    }
}
