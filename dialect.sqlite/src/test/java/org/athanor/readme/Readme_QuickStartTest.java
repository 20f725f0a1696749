package org.athanor.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.Transaction;
import org.junit.jupiter.api.Test;

/** The README's plain-Java quick start: the code below is the README's, compiled and run. */
class Readme_QuickStartTest {

    @Test
    void quickStartRunsAndPrintsTheUsers() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        quickStart(out);
        assertThat(buffer.toString(StandardCharsets.UTF_8).lines()).containsExactly("1 ed", "2 wendy");
    }

    @Test
    void readmeShowsExactlyThisCode() throws Exception {
        assertThat(ReadmeSnippets.readmeBlock("quickstart"))
                .isEqualTo(ReadmeSnippets.region(ReadmeSnippets.testSource(getClass()), "quickstart"));
    }

    private static void quickStart(PrintStream out) {
        // tag::quickstart[]
        try (Engine engine = Athanor.createEngine("sqlite:///:memory:")) {
            try (Connection conn = engine.connect()) {
                conn.execute("create table users (id integer primary key, name varchar(50))");
                // INSERT outside a transaction commits by itself (library-level autocommit)
                conn.execute("insert into users (name) values (:name)", Map.of("name", "ed"));
            }   // close() returns the connection to the pool

            try (Transaction tx = engine.begin()) {
                tx.connection().execute("insert into users (name) values (:name)", Map.of("name", "wendy"));
                tx.commit();   // without this line, close() rolls back
            }

            try (Result result = engine.execute("select id, name from users order by id")) {
                for (Row row : result) {
                    out.println(row.get("id") + " " + row.get("name"));
                }
            }
        }
        // end::quickstart[]
    }
}
