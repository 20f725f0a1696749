package org.athanor.sql.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.NoSuchColumnException;
import org.athanor.exc.NoSuchTableException;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.Test;

class TableTest {
    private final MetaData md = new MetaData();

    @Test
    void columnsAreBoundCopiesOfTheirDeclarations() {
        Column<Integer> id = Column.of("id", SqlTypes.INTEGER).primaryKey();
        Table t = new Table("t", md, id, Column.of("name", SqlTypes.string(10)));
        assertThat(id.table()).isNull();
        assertThat(t.c(id)).isNotSameAs(id).isSameAs(t.c("id"));
        assertThat(t.c(id).parentTable()).isSameAs(t);
        assertThat(t.c("id").isNullable()).isFalse();
        assertThat(t.c("name").isNullable()).isTrue();
        assertThat(md.table("t")).isSameAs(t);
    }

    @Test
    void aColumnCannotJoinTwoTables() {
        Table t = new Table("t", md, Column.of("id", SqlTypes.INTEGER));
        assertThatThrownBy(() -> new Table("u", md, t.c("id"))).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("already belongs");
    }

    @Test
    void duplicateNamesAreRefused() {
        assertThatThrownBy(() -> new Table("t", md, Column.of("a", SqlTypes.INTEGER), Column.of("a", SqlTypes.TEXT)))
                .hasMessageContaining("two columns named 'a'");
        new Table("t2", md, Column.of("a", SqlTypes.INTEGER));
        assertThatThrownBy(() -> new Table("t2", md, Column.of("a", SqlTypes.INTEGER)))
                .hasMessageContaining("already defined");
        assertThatThrownBy(() -> md.table("nope")).isInstanceOf(NoSuchTableException.class)
                .hasMessageContaining("t2");
    }

    @Test
    void constraintsMustNameColumnsOfTheTable() {
        assertThatThrownBy(() -> new Table("t", md, Column.of("a", SqlTypes.INTEGER), Index.on("ix", "b")))
                .isInstanceOf(NoSuchColumnException.class);
        assertThatThrownBy(() -> new Table("t", md, Column.of("a", SqlTypes.INTEGER).primaryKey(),
                Column.of("b", SqlTypes.INTEGER), PrimaryKeyConstraint.of("b")))
                .hasMessageContaining("use one or the other");
    }

    @Test
    void theOnlyIntegerPrimaryKeyAutoincrementsUnlessToldOrReferencing() {
        Table a = new Table("a", md, Column.of("id", SqlTypes.INTEGER).primaryKey());
        Table b = new Table("b", md, Column.of("id", SqlTypes.string(5)).primaryKey());
        Table c = new Table("c", md, Column.of("x", SqlTypes.INTEGER), Column.of("y", SqlTypes.INTEGER),
                PrimaryKeyConstraint.of("x", "y"));
        Table d = new Table("d", md, Column.of("id", SqlTypes.INTEGER).primaryKey().autoincrement(false));
        Table e = new Table("e", md, Column.of("id", SqlTypes.INTEGER).primaryKey().references("a.id"));
        Table f = new Table("f", md, Column.of("id", SqlTypes.BIGINT).primaryKey().defaultValue(1L));
        assertThat(a.autoincrementColumn()).isSameAs(a.c("id"));
        assertThat(a.c("id").isAutoincrement()).isTrue();
        for (Table t : List.of(b, c, d, e, f)) {
            assertThat(t.autoincrementColumn()).as(t.name()).isNull();
        }
    }

    @Test
    void columnLevelKeysBecomeTableConstraints() {
        Table t = new Table("t", md, Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("other", SqlTypes.INTEGER).references("t.id", ReferentialAction.CASCADE).unique().index(),
                TableOption.comment("c"));
        assertThat(t.primaryKey().columnNames()).containsExactly("id");
        assertThat(t.foreignKeyConstraints()).singleElement().satisfies(fk -> {
            assertThat(fk.columnNames()).containsExactly("other");
            assertThat(fk.targetTable()).isEqualTo("t");
            assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        });
        assertThat(t.uniqueConstraints()).extracting(UniqueConstraint::columnNames).containsExactly(List.of("other"));
        assertThat(t.indexes()).extracting(Index::name).containsExactly("ix_t_other");
        assertThat(t.comment()).isEqualTo("c");
        assertThat(t.referencedTables()).isEmpty();
        assertThat(t.c("other").referencedColumns()).containsExactly(t.c("id"));
    }

    @Test
    void tablesSortByForeignKeysAndCyclesAreReported() {
        new Table("child", md, Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("p", SqlTypes.INTEGER).references("parent.id"));
        new Table("grandchild", md, Column.of("c", SqlTypes.INTEGER).references("child.id"));
        new Table("parent", md, Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("ext", SqlTypes.INTEGER).references("elsewhere.id"));
        assertThat(md.sortedTables()).extracting(Table::name).containsExactly("parent", "child", "grandchild");

        MetaData cyclic = new MetaData();
        new Table("x", cyclic, Column.of("y", SqlTypes.INTEGER).references("y.x"));
        new Table("y", cyclic, Column.of("x", SqlTypes.INTEGER).references("x.y"));
        assertThatThrownBy(cyclic::sortedTables).isInstanceOf(ArgumentException.class).hasMessageContaining("cycle");
    }

    @Test
    void schemaQualifiedTables() {
        MetaData m = new MetaData("app");
        Table t = new Table("t", m, Column.of("id", SqlTypes.INTEGER));
        Table u = new Table("u", m, TableOption.schema("other"), Column.of("id", SqlTypes.INTEGER));
        assertThat(t.fullName()).isEqualTo("app.t");
        assertThat(u.fullName()).isEqualTo("other.u");
        assertThat(m.table("t")).isSameAs(t);
        assertThat(m.table("other.u")).isSameAs(u);
        assertThat(t.toString()).isEqualTo("Table(app.t)");
    }

    @Test
    void foreignKeyTargetsAreWrittenTableDotColumn() {
        assertThatThrownBy(() -> ForeignKey.to("justatable")).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("table.column");
        assertThat(ForeignKey.to("s.t.c").targetSchema()).isEqualTo("s");
    }
}
