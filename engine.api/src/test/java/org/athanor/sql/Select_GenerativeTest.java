package org.athanor.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.athanor.sql.SQL.select;

import java.util.List;
import java.util.Map;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.NoSuchColumnException;
import org.athanor.sql.compiler.GenericDialect;
import org.athanor.sql.schema.Table;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.Test;

class Select_GenerativeTest {
    private final CatalogueSchema s = new CatalogueSchema();
    private final Table users = s.users;

    private static String sql(Statement st) {
        return st.compile(GenericDialect.INSTANCE).sql();
    }

    @Test
    void everyMethodReturnsANewStatementAndLeavesTheOriginalAlone() {
        Select base = select(users.c("id"));
        Select filtered = base.where(users.c("id").gt(1));
        Select ordered = filtered.orderBy(users.c("id").desc()).limit(3);
        assertThat(filtered).isNotSameAs(base);
        assertThat(sql(base)).isEqualTo("SELECT users.id FROM users");
        assertThat(sql(filtered)).isEqualTo("SELECT users.id FROM users WHERE users.id > ?");
        assertThat(sql(ordered))
                .isEqualTo("SELECT users.id FROM users WHERE users.id > ? ORDER BY users.id DESC LIMIT ?");
    }

    @Test
    void whereCallsAreJoinedWithAnd() {
        Select q = select(users.c("id")).where(users.c("id").gt(1))
                .where(users.c("name").eq("x"), users.c("age").lt(3));
        assertThat(sql(q))
                .isEqualTo("SELECT users.id FROM users WHERE users.id > ? AND users.name = ? AND users.age < ?");
    }

    @Test
    void updateAndDeleteAreGenerativeToo() {
        Update u = users.update().set("name", "a");
        Update u2 = u.where(users.c("id").eq(1));
        assertThat(sql(u)).isEqualTo("UPDATE users SET name = ?");
        assertThat(sql(u2)).isEqualTo("UPDATE users SET name = ? WHERE users.id = ?");
        Delete d = users.delete();
        assertThat(sql(d.where(users.c("id").eq(1)))).isEqualTo("DELETE FROM users WHERE users.id = ?");
        assertThat(sql(d)).isEqualTo("DELETE FROM users");
    }

    @Test
    void columnsAreFoundByNameExactlyThenIgnoringCase() {
        assertThat(users.c("NAME")).isSameAs(users.c("name"));
        assertThatThrownBy(() -> users.c("nope")).isInstanceOf(NoSuchColumnException.class)
                .hasMessageContaining("nope").hasMessageContaining("[id, name, fullname, active, age]");
    }

    @Test
    void typedColumnHandlesCheckTheJavaClass() {
        ColumnClause<Integer> id = users.c("id", Integer.class);
        assertThat(id.eq(5).toString()).isEqualTo("users.id = ?");
        assertThatThrownBy(() -> users.c("id", String.class)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("Integer");
    }

    @Test
    void insertValuesMustNameColumnsOfTheTable() {
        assertThatThrownBy(() -> users.insert().values(Map.of("nope", 1))).isInstanceOf(NoSuchColumnException.class);
        assertThatThrownBy(() -> users.insert().values(List.of(Map.of("id", 1), Map.of("name", "x"))))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("same columns");
    }

    @Test
    void setOperationsNeedTheSameNumberOfColumns() {
        assertThatThrownBy(() -> select(users.c("id")).union(select(users.c("id"), users.c("name"))))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("same number of columns");
    }

    @Test
    void aJoinWithoutForeignKeysNeedsACondition() {
        assertThatThrownBy(() -> users.join(s.order)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("No foreign key links");
    }

    @Test
    void resultColumnsGetUniqueNames() {
        Select q = select(users.c("id"), s.orders.c("id"), Func.count(), Func.count(), users.c("age").plus(1));
        assertThat(q.columnNames()).containsExactly("id", "id_1", "count_1", "count_2", "anon_1");
    }

    @Test
    void anUnboundStatementCannotExecuteItself() {
        assertThatThrownBy(() -> users.select().execute()).hasMessageContaining("metadata.bind(engine)")
                .hasMessageContaining("discouraged");
    }
}
