package org.athanor.sql.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.athanor.engine.Executable;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;

/**
 * Bad input for the identifier quoter, property-based (jqwik, 1,000 tries each): any name is either refused
 * with an {@link ArgumentException} or rendered as exactly one identifier token that reads back as the name,
 * for double-quote and backtick quoting; and statements built with hostile table and column names compile to
 * SQL whose structure — one statement, the same keywords, punctuation and placeholders outside quotes, no
 * comment — is that of the same statements with harmless names.
 */
class IdentifierPreparer_BadInputTest {
    private static final String HOSTILE = "\"`'\\;-/*() ,.=?:$#\t\nabzAZ09_é中\u0000";
    private static final IdentifierPreparer ANSI = new IdentifierPreparer();
    private static final IdentifierPreparer BACKTICK = new IdentifierPreparer(ReservedWords.ANSI, '`', '`', false);
    private static final IdentifierPreparer UPPER = new IdentifierPreparer(ReservedWords.ANSI, '"', '"', true);

    @Property(tries = 1000)
    void anyNameIsRefusedOrQuotedAsOneTokenThatReadsBack(@ForAll("hostileName") String name) {
        for (IdentifierPreparer p : List.of(ANSI, BACKTICK, UPPER)) {
            String sql;
            try {
                sql = p.quote(name);
            } catch (ArgumentException e) {
                assertThat(name.isEmpty() || name.indexOf('\0') >= 0).as("refused: %s", e.getMessage()).isTrue();
                continue;
            }
            char q = p == BACKTICK ? '`' : '"';
            List<Token> tokens = SqlTokens.scan(sql, q);
            assertThat(tokens).as(sql).hasSize(1);
            assertThat(tokens.get(0).kind()).isIn(Kind.WORD, Kind.QUOTED);
            assertThat(tokens.get(0).text()).isEqualTo(name);
        }
    }

    @Property(tries = 1000)
    void hostileNamesNeverChangeAStatementsStructure(@ForAll("hostileName") String name) {
        Table safe = table("Tbl", "Col", "Dat");
        Table evil;
        try {
            evil = table(name, name + "1", name + "2");
        } catch (ArgumentException e) {
            return; // refused at once: an empty name or one with NUL
        }
        List<Function<Table, Executable>> statements = List.of(
                t -> select(t).where(t.c(1).eq("v")).orderBy(t.c(0).desc()).limit(3),
                t -> t.insert().values(Map.of(t.c(0).name(), 1, t.c(1).name(), "v")),
                t -> t.update().set(t.c(1).name(), "v").where(t.c(0).eq(1)),
                t -> t.delete().where(t.c(1).like("%v%")));
        for (Function<Table, Executable> f : statements) {
            String expected = f.apply(safe).compile(GenericDialect.INSTANCE).sql();
            String actual;
            try {
                actual = f.apply(evil).compile(GenericDialect.INSTANCE).sql();
            } catch (ArgumentException e) {
                assertThat(name.indexOf('\0')).as("refused: %s", e.getMessage()).isNotNegative();
                return;
            }
            assertSameStructure(expected, actual, List.of(name, name + "1", name + "2"));
        }
    }

    private static Table table(String table, String c, String d) {
        return new Table(table, new MetaData(), Column.of(c, SqlTypes.INTEGER).primaryKey(),
                Column.of(d, SqlTypes.string(20)));
    }

    /** Same tokens, except that names may differ — and every name in the hostile SQL is one of the given. */
    private static void assertSameStructure(String expected, String actual, List<String> names) {
        List<Token> a = SqlTokens.scan(expected, '"');
        List<Token> b = SqlTokens.scan(actual, '"');
        assertThat(b).as("%s%nvs %s", actual, expected).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            Token x = a.get(i);
            Token y = b.get(i);
            if (x.kind() == Kind.QUOTED) { // a harmless mixed-case name: a hostile one may need no quotes
                assertThat(y.kind()).as(actual).isIn(Kind.QUOTED, Kind.WORD);
                assertThat(names).as(actual).contains(y.text());
            } else {
                assertThat(y.kind()).as(actual).isEqualTo(x.kind());
                assertThat(y.text().toUpperCase(Locale.ROOT)).as(actual).isEqualTo(x.text().toUpperCase(Locale.ROOT));
            }
        }
        assertThat(b).noneMatch(t -> t.kind() == Kind.COMMENT || t.kind() == Kind.PUNCT && t.text().equals(";"));
    }

    @Provide
    Arbitrary<String> hostileName() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(HOSTILE.toCharArray()).ofMaxLength(16),
                Arbitraries.of("select", "ORDER", "users\"; DROP TABLE users; --", "a`b", "x) OR (1=1", "--", "/*",
                        "plain_name", "Mixed", "1abc", "$x", "\"\"", "``"));
    }

    enum Kind {
        WORD, QUOTED, STRING, NUMBER, PARAM, PUNCT, COMMENT
    }

    /** One token; for a quoted name, its text is the name with the doubled quotes undone. */
    record Token(Kind kind, String text) {
    }

    /** A small SQL scanner: enough to see where names, strings and comments begin and end. */
    static final class SqlTokens {
        private SqlTokens() {
        }

        static List<Token> scan(String sql, char identQuote) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            int n = sql.length();
            while (i < n) {
                char c = sql.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == identQuote || c == '\'') {
                    StringBuilder text = new StringBuilder();
                    int j = i + 1;
                    while (true) {
                        if (j >= n) {
                            throw new AssertionError("unterminated quote in " + sql);
                        }
                        if (sql.charAt(j) == c) {
                            if (j + 1 < n && sql.charAt(j + 1) == c) {
                                text.append(c);
                                j += 2;
                                continue;
                            }
                            break;
                        }
                        text.append(sql.charAt(j++));
                    }
                    out.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, text.toString()));
                    i = j + 1;
                } else if (sql.startsWith("--", i) || sql.startsWith("/*", i)) {
                    out.add(new Token(Kind.COMMENT, sql.substring(i)));
                    return out;
                } else if (Character.isLetter(c) || c == '_') {
                    int j = i + 1;
                    while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_'
                            || sql.charAt(j) == '$')) {
                        j++;
                    }
                    out.add(new Token(Kind.WORD, sql.substring(i, j)));
                    i = j;
                } else if (Character.isDigit(c)) {
                    int j = i + 1;
                    while (j < n && Character.isDigit(sql.charAt(j))) {
                        j++;
                    }
                    out.add(new Token(Kind.NUMBER, sql.substring(i, j)));
                    i = j;
                } else {
                    out.add(new Token(c == '?' ? Kind.PARAM : Kind.PUNCT, String.valueOf(c)));
                    i++;
                }
            }
            return out;
        }
    }
}
