package org.athanor.sql.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.athanor.sql.SQL.*;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.engine.Executable;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.Func;
import org.athanor.sql.ddl.CreateIndex;
import org.athanor.sql.ddl.CreateTable;
import org.athanor.sql.ddl.DropTable;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.Index;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile identifiers and values never change a statement's structure: each statement built with a hostile
 * table and column name compiles to exactly the SQL of the same statement built with harmless names, with
 * only the quoted names differing; hostile values travel as parameters or as escaped literals.
 */
class IdentifierInjectionTest {
    static final Dialect D = GenericDialect.INSTANCE;

    /** The statements, built over a table {@code t} with columns {@code c} and {@code d}. */
    static List<Function<Table, Executable>> statements() {
        return List.of(
                t -> select(t).where(t.c(1).eq("v")).orderBy(t.c(0).desc()).limit(3),
                t -> select(t.c(0), Func.count().as(t.c(1).name())).groupBy(t.c(0)),
                t -> t.insert().values(Map.of(t.c(0).name(), 1, t.c(1).name(), "v")),
                t -> t.update().set(t.c(1).name(), "v").where(t.c(0).eq(1)),
                t -> t.delete().where(t.c(1).like("%v%")),
                t -> select(t.alias(t.name() + "_a").c(t.c(0).name())),
                t -> new CreateTable(t),
                t -> new CreateIndex(t, t.indexes().get(0)),
                t -> new DropTable(t));
    }

    static Table table(String table, String c, String d) {
        return new Table(table, new MetaData(), Column.of(c, SqlTypes.INTEGER).primaryKey(),
                Column.of(d, SqlTypes.string(20)), Index.on(table + "_ix", d));
    }

    @ParameterizedTest
    @ValueSource(strings = {"users\"; DROP TABLE users; --", "a\"b", "x) OR (1=1", "name with space", "SELECT",
            "ünïcödé", "--c", "/*x*/", "a`b", "'q'", "?", ":p", "\"", "a;b"})
    void hostileNamesOnlyChangeTheQuotedNames(String hostile) {
        IdentifierPreparer p = D.identifierPreparer();
        Table safe = table("Tbl", "Col", "Dat");
        Table evil = table(hostile, hostile + "1", hostile + "2");
        for (Function<Table, Executable> f : statements()) {
            String expected = f.apply(safe).compile(D).sql()
                    .replace(p.quote("Tbl_ix"), "\u0001").replace(p.quote("Tbl_a"), "\u0002")
                    .replace(p.quote("Tbl"), "\u0003").replace(p.quote("Col"), "\u0004")
                    .replace(p.quote("Dat"), "\u0005")
                    .replace("\u0001", p.quote(hostile + "_ix")).replace("\u0002", p.quote(hostile + "_a"))
                    .replace("\u0003", p.quote(hostile)).replace("\u0004", p.quote(hostile + "1"))
                    .replace("\u0005", p.quote(hostile + "2"));
            assertThat(f.apply(evil).compile(D).sql()).isEqualTo(expected);
        }
    }

    @Test
    void quotingDoublesTheQuoteCharacter() {
        IdentifierPreparer p = D.identifierPreparer();
        assertThat(p.quote("users\"; DROP TABLE users; --")).isEqualTo("\"users\"\"; DROP TABLE users; --\"");
        assertThat(p.quote("plain_name")).isEqualTo("plain_name");
        assertThat(p.quote("Mixed")).isEqualTo("\"Mixed\"");
        assertThat(p.quote("order")).isEqualTo("\"order\"");
        assertThat(p.quote("1abc")).isEqualTo("\"1abc\"");
    }

    @Test
    void aNulCharacterInANameIsRefused() {
        assertThatThrownBy(() -> D.identifierPreparer().quote("a\0b")).isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> D.identifierPreparer().quote("")).isInstanceOf(ArgumentException.class);
    }

    @Test
    void hostileValuesAreBoundNeverWritten() {
        String value = "'; DROP TABLE users; --";
        Table t = table("t", "c", "d");
        Compiled c = select(t).where(t.c("d").eq(value), t.c("d").like(value), t.c("d").in(value, value))
                .compile(D);
        assertThat(c.sql()).doesNotContain("DROP").isEqualTo(
                "SELECT t.c, t.d FROM t WHERE t.d = ? AND t.d LIKE ? AND t.d IN (?, ?)");
        assertThat(c.bind(Map.of())).containsExactly(value, value, value, value);
        Compiled text = text("SELECT * FROM t WHERE d = :v").compile(D, Map.of("v", value));
        assertThat(text.sql()).isEqualTo("SELECT * FROM t WHERE d = ?");
        assertThat(text.bind(Map.of("v", value))).containsExactly(value);
    }

    @Test
    void inlineLiteralsAreEscaped() {
        assertThat(select(inline("it's'; DROP TABLE t; --")).compile(D).sql())
                .isEqualTo("SELECT 'it''s''; DROP TABLE t; --' AS anon_1");
        assertThatThrownBy(() -> select(inline("a\0b")).compile(D).sql()).isInstanceOf(
                org.athanor.exc.CompileException.class);
    }

    @Test
    void hostileFunctionNamesAndLabelsAreQuoted() {
        assertThat(func("f(); DROP TABLE t; --", 1).toString()).isEqualTo("\"f(); DROP TABLE t; --\"(?)");
        Table t = table("t", "c", "d");
        assertThat(select(t.c("c").as("x\" FROM t; --")).compile(D).sql())
                .isEqualTo("SELECT t.c AS \"x\"\" FROM t; --\" FROM t");
    }
}
