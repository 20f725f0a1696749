package org.athanor.sql.upsert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.CompileException;
import org.athanor.exc.UnsupportedCompilationException;
import org.athanor.sql.Insert;
import org.athanor.sql.InsertOption;
import org.athanor.sql.TableClause;
import org.athanor.sql.compiler.CompilerKit;
import org.athanor.sql.compiler.GenericDialect;
import org.athanor.sql.schema.Table;
import org.athanor.testing.sql.CatalogueSchema;
import org.athanor.testing.sql.CompileOnlyDialect;
import org.junit.jupiter.api.Test;

class OnDuplicateKeyUpdateTest {
    private final CatalogueSchema s = new CatalogueSchema();
    private final Table users = s.users;
    private final Insert insert = users.insert().values(Map.of("id", 1, "name", "x"));

    private static CompileOnlyDialect dialect(Feature... features) {
        return new CompileOnlyDialect("plain", Capabilities.of(30, features), CompilerKit.ANSI, null);
    }

    @Test
    void theProposedRowIsValuesOfTheColumn() {
        Insert upsert = insert.withOption(OnDuplicateKeyUpdate.set(Map.of("name", OnDuplicateKeyUpdate.inserted(users)
                .c("name"), "age", users.c("age").plus(1))));
        assertThat(upsert.compile(GenericDialect.INSTANCE).sql()).isEqualTo("INSERT INTO users (id, name) VALUES"
                + " (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name), age = users.age + ?");
        // another table's alias of the same name is not the proposed row
        Insert other = insert.withOption(OnDuplicateKeyUpdate.set(Map.of("name", OnDuplicateKeyUpdate.inserted(
                s.order).c("desc"))));
        assertThat(other.compile(GenericDialect.INSTANCE).sql()).endsWith("UPDATE name = \"new\".\"desc\"");
        assertThat(OnDuplicateKeyUpdate.isInserted(OnDuplicateKeyUpdate.inserted(users).c("id"), users)).isTrue();
        assertThat(OnDuplicateKeyUpdate.isInserted(users.alias("x").c("id"), users)).isFalse();
    }

    @Test
    void aLaterOptionOfTheSameClassReplacesTheEarlierOne() {
        Insert twice = insert.withOption(OnDuplicateKeyUpdate.set(Map.of("age", 1)))
                .withOption(OnDuplicateKeyUpdate.set(Map.of("age", 2)));
        assertThat(twice.options()).hasSize(1);
        assertThat(twice.compile(GenericDialect.INSTANCE).bind(Map.of())).containsExactly(1, "x", 2);
        assertThatThrownBy(() -> insert.withOption(null)).isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> OnDuplicateKeyUpdate.set(Map.of())).isInstanceOf(ArgumentException.class);
    }

    @Test
    void eachUpsertCompilesOnlyWhereTheDialectHasItAndTheErrorNamesTheAlternative() {
        Insert odku = insert.withOption(OnDuplicateKeyUpdate.set(Map.of("age", 1)));
        Insert onConflict = insert.withOption(OnConflict.on("id").doNothing());
        assertThat(odku.compile(dialect(Feature.INSERT_ON_DUPLICATE_KEY_UPDATE)).sql()).contains("ON DUPLICATE KEY");
        assertThatThrownBy(() -> onConflict.compile(dialect(Feature.INSERT_ON_DUPLICATE_KEY_UPDATE)))
                .isInstanceOf(UnsupportedCompilationException.class)
                .hasMessageContaining("ON CONFLICT DO NOTHING is not supported by dialect plain")
                .hasMessageContaining("upserts with OnDuplicateKeyUpdate");
        assertThatThrownBy(() -> odku.compile(dialect(Feature.INSERT_ON_CONFLICT)))
                .isInstanceOf(UnsupportedCompilationException.class).hasMessageContaining("upserts with OnConflict");
        assertThatThrownBy(() -> odku.compile(dialect())).isInstanceOf(UnsupportedCompilationException.class)
                .hasMessageContaining("a SELECT followed by an INSERT or an UPDATE");
    }

    @Test
    void anOptionNoDialectKnowsIsRefusedAndAnOptionAloneDoesNotCompile() {
        InsertOption foreign = new InsertOption() {
            @Override
            public String description() {
                return "IGNORE ROWS";
            }

            @Override
            protected InsertOption forTable(TableClause table) {
                return this;
            }

            @Override
            protected void appendKey(org.athanor.sql.CacheKey.Builder key) {
                key.token("ignore");
            }
        };
        assertThatThrownBy(() -> insert.withOption(foreign).compile(GenericDialect.INSTANCE))
                .isInstanceOf(UnsupportedCompilationException.class).hasMessageContaining("IGNORE ROWS")
                .hasMessageContaining("not an option this dialect knows");
        assertThatThrownBy(() -> GenericDialect.INSTANCE.statementCompiler().render(foreign))
                .isInstanceOf(CompileException.class).hasMessageContaining("compiled as part of its INSERT");
    }
}
