package org.athanor.sql.upsert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.CompileException;
import org.athanor.exc.NoSuchColumnException;
import org.athanor.sql.Func;
import org.athanor.sql.Insert;
import org.athanor.sql.compiler.GenericDialect;
import org.athanor.sql.schema.Table;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.Test;

class OnConflictTest {
    private final CatalogueSchema s = new CatalogueSchema();
    private final Table users = s.users;

    private String sql(Insert insert) {
        return insert.compile(GenericDialect.INSTANCE).sql();
    }

    @Test
    void targetsAreColumnsExpressionsOrAConstraint() {
        Insert base = users.insert().values(Map.of("id", 1, "name", "x"));
        assertThat(sql(base.withOption(OnConflict.on("id", "NAME").doNothing())))
                .endsWith(" ON CONFLICT (id, name) DO NOTHING");
        assertThat(sql(base.withOption(OnConflict.on(Func.lower(users.c("name"))).doNothing())))
                .endsWith(" ON CONFLICT ((lower(name))) DO NOTHING");
        assertThat(sql(base.withOption(OnConflict.onConstraint("Users PK").doNothing())))
                .endsWith(" ON CONFLICT ON CONSTRAINT \"Users PK\" DO NOTHING");
        assertThat(sql(base.withOption(OnConflict.doNothing()))).endsWith(" ON CONFLICT DO NOTHING");
    }

    @Test
    void doUpdateSetsInTheTablesColumnOrderWithValuesTypedByTheirColumn() {
        Insert upsert = users.insert().values(Map.of("id", 1, "name", "x")).withOption(OnConflict.on("id")
                .doUpdate(Map.of("age", 3, "NAME", OnConflict.excluded(users).c("name"), "active", true)));
        assertThat(sql(upsert)).endsWith(" ON CONFLICT (id) DO UPDATE SET name = excluded.name, active = ?, age = ?");
        assertThat(upsert.compile(GenericDialect.INSTANCE).bind(Map.of())).containsExactly(1, "x", true, 3);
    }

    @Test
    void misuseIsRefusedWhenTheClauseIsBuilt() {
        assertThatThrownBy(() -> OnConflict.on()).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("OnConflict.doNothing()");
        assertThatThrownBy(() -> OnConflict.on("id", 7)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("'7' (java.lang.Integer)");
        assertThatThrownBy(() -> OnConflict.on("id").doUpdate(Map.of())).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("at least one column");
        assertThatThrownBy(() -> OnConflict.on("id").doNothing().where(users.c("active")))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("Only ON CONFLICT ... DO UPDATE");
        assertThatThrownBy(() -> OnConflict.onConstraint("pk").where(users.c("active")))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("constraint target");
        assertThatThrownBy(() -> OnConflict.onConstraint("")).isInstanceOf(ArgumentException.class);
    }

    @Test
    void namesAreCheckedWhenGivenToTheInsert() {
        assertThatThrownBy(() -> users.insert().withOption(OnConflict.on("nope").doNothing()))
                .isInstanceOf(NoSuchColumnException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> users.insert().withOption(OnConflict.on("id").doUpdate(Map.of("nope", 1))))
                .isInstanceOf(NoSuchColumnException.class);
        assertThatThrownBy(() -> users.insert().withOption(OnConflict.on("id")
                .doUpdate(Map.of("name", 1, "NAME", 2)))).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("twice");
        OnConflict unbound = OnConflict.on("id").doUpdate(Map.of("name", "x"));
        assertThatThrownBy(unbound::setValues).isInstanceOf(CompileException.class)
                .hasMessageContaining("insert.withOption");
        assertThat(unbound).hasToString("ON CONFLICT DO UPDATE");
    }

    @Test
    void theIndexPredicateIsWrittenWithLiteralsSoItsValuesArePartOfTheShape() {
        Insert a = users.insert().withOption(OnConflict.on("name").where(users.c("age").gt(18)).doNothing());
        Insert b = users.insert().withOption(OnConflict.on("name").where(users.c("age").gt(21)).doNothing());
        assertThat(a.compile(GenericDialect.INSTANCE, Map.of("id", 1)).sql())
                .endsWith(" ON CONFLICT (name) WHERE age > 18 DO NOTHING");
        assertThat(b.compile(GenericDialect.INSTANCE, Map.of("id", 1)).sql())
                .endsWith(" ON CONFLICT (name) WHERE age > 21 DO NOTHING");
    }
}
