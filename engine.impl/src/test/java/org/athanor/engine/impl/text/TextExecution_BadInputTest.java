package org.athanor.engine.impl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.exc.AthanorException;

/**
 * Bad input all the way through an engine, property-based (jqwik): hostile text SQL with named or
 * positional parameters and any values, executed on SQLite in memory, either runs or raises one of
 * Athanor's errors — never a driver exception, a {@code NullPointerException} or the like — and leaves the
 * connection usable.
 */
class TextExecution_BadInputTest {
    private static final String HOSTILE = ":'\"`-/*\\\n?;() ,=abxz_19\u0000é";
    private static final List<String> STARTS = List.of("", "select ", "select * from bad_input where a = ",
            "insert into bad_input values (", "update bad_input set a = ", "delete from bad_input where ",
            "create table ", "drop table ", "/* c */ select ", "-- c\nselect ");

    private static Engine engine;
    private static Connection connection;

    @BeforeContainer
    static void open() {
        engine = Athanor.createEngine("sqlite://");
        connection = engine.connect();
        connection.execute("create table bad_input (a integer, b text)");
    }

    @AfterContainer
    static void close() {
        connection.close();
        engine.dispose();
    }

    @Property(tries = 1000)
    void hostileNamedTextRunsOrRaisesAnAthanorError(@ForAll("sql") String sql,
            @ForAll @Size(max = 3) List<@From("name") String> names) {
        Map<String, Object> params = new HashMap<>();
        for (String n : names) {
            params.put(n, n.length() % 3 == 0 ? null : n.length() % 3 == 1 ? n : (Object) n.length());
        }
        run(() -> connection.execute(sql, params));
    }

    @Property(tries = 1000)
    void hostilePositionalTextRunsOrRaisesAnAthanorError(@ForAll("sql") String sql,
            @ForAll @Size(max = 3) List<@From("name") String> values) {
        run(() -> connection.execute(sql, values.toArray()));
    }

    private static void run(java.util.function.Supplier<Result> call) {
        try (Result r = call.get()) {
            if (r.returnsRows()) {
                r.all();
            }
        } catch (AthanorException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        // the connection still works after whatever happened
        assertThat(connection.execute("select 1").scalar()).isEqualTo(1);
    }

    @Provide
    Arbitrary<String> sql() {
        return Arbitraries.of(STARTS).flatMap(start -> Arbitraries.strings().withChars(HOSTILE.toCharArray())
                .ofMaxLength(30).map(tail -> start + tail));
    }

    @Provide
    Arbitrary<String> name() {
        return Arbitraries.strings().withChars("abxz_1").ofMinLength(1).ofMaxLength(3);
    }
}
