package org.athanor.engine.impl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.athanor.engine.impl.testing.TestSqliteDialect;
import org.athanor.exc.ArgumentException;

/**
 * Bad input for text SQL's named-parameter parser, property-based (jqwik, 1,000 tries each): any text is
 * parsed without an exception; text built from known pieces — string literals, quoted identifiers and
 * comments full of colons and quotes, casts, escaped colons and real parameters — gives exactly the
 * parameters and the JDBC text that the pieces say; and binding any map of values either works or raises
 * {@link ArgumentException}.
 */
class NamedParameterParser_BadInputTest {
    private static final TestSqliteDialect DIALECT = new TestSqliteDialect();

    /** Characters that steer the parser. */
    private static final String HOSTILE = ":'\"`-/*\\\n\r?;abc_9 é中\u0000";

    /** One piece of SQL text: what is written, what the parser should make of it, and its parameter. */
    record Piece(String text, String expected, String name) {
    }

    @Property(tries = 1000)
    void anyTextParsesWithoutAnException(@ForAll String sql) {
        ParsedText t = NamedParameterParser.parse(sql);
        assertThat(t.sql()).isNotNull();
        if (t.names().isEmpty() && !sql.contains("\\:")) {
            assertThat(t.sql()).isEqualTo(sql);
        }
    }

    @Property(tries = 1000)
    void hostileTextParsesWithoutAnException(@ForAll("hostile") String sql) {
        ParsedText t = NamedParameterParser.parse(sql);
        // every placeholder added stands for one name
        assertThat(count(t.sql(), '?') - count(sql, '?')).isEqualTo(t.names().size());
    }

    @Property(tries = 1000)
    void textFromKnownPiecesGivesExactlyItsParameters(@ForAll @Size(max = 12) List<@From("piece") Piece> pieces) {
        StringBuilder sql = new StringBuilder("select");
        StringBuilder expected = new StringBuilder("select");
        List<String> names = new ArrayList<>();
        for (Piece p : pieces) {
            sql.append(' ').append(p.text());
            expected.append(' ').append(p.expected());
            if (p.name() != null) {
                names.add(p.name());
            }
        }
        ParsedText t = NamedParameterParser.parse(sql.toString());
        assertThat(t.names()).as(sql.toString()).containsExactlyElementsOf(names);
        assertThat(t.sql()).as(sql.toString()).isEqualTo(expected.toString());
    }

    @Property(tries = 1000)
    void bindingAnyValuesWorksOrRaisesAnArgumentError(@ForAll("hostile") String sql,
            @ForAll @Size(max = 4) List<@From("name") String> given) {
        TextStatement st = TextStatement.named(sql, DIALECT);
        st.kind();
        st.isAutocommit();
        Map<String, Object> values = new HashMap<>();
        for (String g : given) {
            values.put(g, g.length() % 2 == 0 ? null : g);
        }
        try {
            List<Object> bound = st.bind(values);
            assertThat(bound).hasSize(st.parameterNames().size());
        } catch (ArgumentException e) {
            assertThat(st.parameterNames()).anyMatch(n -> !values.containsKey(n)); // only for a missing value
            assertThat(e.getMessage()).contains("No value for parameter");
        }
        TextStatement.positional(sql, DIALECT).bind(values);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings().withChars(HOSTILE.toCharArray()).ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> name() {
        return Arbitraries.strings().withChars("abcxyz_").ofMinLength(1).ofMaxLength(3)
                .flatMap(head -> Arbitraries.strings().withChars("abz_09").ofMaxLength(3).map(tail -> head + tail));
    }

    @Provide
    Arbitrary<Piece> piece() {
        Arbitrary<String> any = Arbitraries.strings().withChars(HOSTILE.toCharArray()).ofMaxLength(12);
        Arbitrary<Piece> word = Arbitraries.strings().withChars("abcXYZ019_=<>(),+.").ofMinLength(1).ofMaxLength(8)
                .map(w -> new Piece(w, w, null));
        Arbitrary<Piece> param = name().map(n -> new Piece(":" + n, "?", n));
        Arbitrary<Piece> string = any.map(s -> quoted(s, '\''));
        Arbitrary<Piece> identifier = any.map(s -> quoted(s, '"'));
        Arbitrary<Piece> backtick = any.map(s -> quoted(s, '`'));
        Arbitrary<Piece> lineComment = any.map(s -> s.replace("\n", " ")).map(s -> "--" + s + "\n")
                .map(s -> new Piece(s, s, null));
        Arbitrary<Piece> blockComment = any.map(s -> s.replace("*/", "* /")).map(s -> "/*" + s + "*/")
                .map(s -> new Piece(s, s, null));
        Arbitrary<Piece> cast = name().map(n -> new Piece("x::" + n, "x::" + n, null));
        Arbitrary<Piece> escaped = name().map(n -> new Piece("\\:" + n, ":" + n, null));
        return Arbitraries.oneOf(word, param, string, identifier, backtick, lineComment, blockComment, cast, escaped);
    }

    private static Piece quoted(String content, char quote) {
        String q = String.valueOf(quote);
        String text = q + content.replace(q, q + q) + q;
        return new Piece(text, text, null);
    }
}
