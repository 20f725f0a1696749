package org.athanor.sql.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.athanor.sql.SQL.*;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.athanor.engine.Compiled;
import org.athanor.engine.StatementKind;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.Func;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.Test;

class CompiledStatementTest {
    private final CatalogueSchema s = new CatalogueSchema();
    private final Table users = s.users;
    private final GenericDialect d = GenericDialect.INSTANCE;

    @Test
    void parametersAreNamedAndExecutionParametersReplaceNamedOnes() {
        Compiled c = select(users.c("id")).where(users.c("name").eq(bindparam("who", "jack", SqlTypes.VARCHAR)),
                users.c("age").gt(3), users.c("id").lt(9)).compile(d);
        assertThat(c.parameterNames()).containsExactly("who", "age_1", "id_1");
        assertThat(c.bind(Map.of())).containsExactly("jack", 3, 9);
        assertThat(c.bind(Map.of("who", "ed"))).containsExactly("ed", 3, 9);
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        Compiled c = select(users.c("id")).where(users.c("name").eq(bindparam("who"))).compile(d);
        assertThatThrownBy(() -> c.bind(Map.of())).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("'who'");
    }

    @Test
    void kindsRowsAndPrimaryKeys() {
        assertThat(users.select().compile(d).kind()).isEqualTo(StatementKind.SELECT);
        assertThat(users.select().compile(d).returnsRows()).isTrue();
        Compiled ins = users.insert().values(Map.of("name", "x")).compile(d);
        assertThat(ins.kind()).isEqualTo(StatementKind.INSERT);
        assertThat(ins.returnsRows()).isFalse();
        assertThat(ins.primaryKeyColumns()).containsExactly("id");
        assertThat(users.insert().values(Map.of("name", "x")).returning(users.c("id")).compile(d).returnsRows())
                .isTrue();
        assertThat(users.update().set("name", "x").compile(d).kind()).isEqualTo(StatementKind.UPDATE);
        assertThat(users.delete().compile(d).kind()).isEqualTo(StatementKind.DELETE);
        assertThat(text("select 1").compile(d).kind()).isEqualTo(StatementKind.SELECT);
        assertThat(text("update t set a = 1").compile(d).kind()).isEqualTo(StatementKind.UPDATE);
    }

    @Test
    void clientDefaultsAreCalledForEachExecution() {
        AtomicInteger n = new AtomicInteger();
        Table t = new Table("t", new MetaData(), Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("seq", SqlTypes.INTEGER).defaultValue(n::incrementAndGet),
                Column.of("label", SqlTypes.VARCHAR).defaultValue("none"));
        Compiled c = t.insert().compile(d, Map.of("id", 1));
        assertThat(c.sql()).isEqualTo("INSERT INTO t (id, seq, label) VALUES (?, ?, ?)");
        assertThat(c.bind(Map.of("id", 1))).containsExactly(1, 1, "none");
        assertThat(c.bind(Map.of("id", 2))).containsExactly(2, 2, "none");
        assertThat(c.bind(Map.of("id", 3, "label", "given"))).containsExactly(3, 3, "given");
    }

    @Test
    void resultValuesAreConvertedByType() {
        Compiled c = select(users.c("active"), users.c("age"), s.orders.c("total")).compile(
                new StatementCacheTest.CountingDialect());
        assertThat(c.resultProcessor(0, "active").process(1)).isEqualTo(true);
        assertThat(c.resultProcessor(1, "age").process(7L)).isEqualTo(7);
        assertThat(c.resultProcessor(2, "total").process(10.5d)).isEqualTo(new java.math.BigDecimal("10.50"));
    }

    @Test
    void resultColumnsAreFoundByTheirObjects() {
        var n = Func.count().as("n");
        Compiled c = select(users.c("id"), s.orders.c("id"), n).selectFrom(users.join(s.orders)).groupBy(
                users.c("id"), s.orders.c("id")).compile(d);
        assertThat(c.resultIndex(users.c("id"))).isZero();
        assertThat(c.resultIndex(s.orders.c("id"))).isEqualTo(1);
        assertThat(c.resultIndex(n)).isEqualTo(2);
        assertThat(c.resultIndex(column("n"))).isEqualTo(2);
        assertThat(c.resultIndex("other")).isEqualTo(-1);
    }

    @Test
    void booleanValuesAreBoundAsNumbersWithoutANativeBoolean() {
        Compiled c = users.update().set("active", true).compile(new StatementCacheTest.CountingDialect() {
            @Override
            public org.athanor.dialect.Capabilities capabilities() {
                return org.athanor.dialect.Capabilities.of(30);
            }
        });
        assertThat(c.bind(Map.of())).containsExactly(1);
    }
}
