package org.athanor.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.*;

import org.athanor.sql.schema.Table;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.Test;

class Expression_RenderingTest {
    private final Table users = new CatalogueSchema().users;
    private final ColumnClause<Object> a = users.c("age");
    private final ColumnClause<Object> id = users.c("id");

    @Test
    void parenthesesFollowPrecedence() {
        assertThat(a.eq(1).and(id.eq(2).or(id.eq(3))).toString())
                .isEqualTo("users.age = ? AND (users.id = ? OR users.id = ?)");
        assertThat(a.eq(1).or(id.eq(2).and(id.eq(3))).toString())
                .isEqualTo("users.age = ? OR users.id = ? AND users.id = ?");
        assertThat(a.minus(id.minus(1)).toString()).isEqualTo("users.age - (users.id - ?)");
        assertThat(a.minus(id).minus(1).toString()).isEqualTo("users.age - users.id - ?");
        assertThat(a.plus(1).times(id.plus(2)).toString()).isEqualTo("(users.age + ?) * (users.id + ?)");
        assertThat(a.times(2).plus(1).toString()).isEqualTo("users.age * ? + ?");
        assertThat(a.plus(1).gt(id).toString()).isEqualTo("users.age + ? > users.id");
    }

    @Test
    void andAndOrListsAreFlattened() {
        assertThat(and(a.eq(1), and(id.eq(2), id.eq(3))).toString())
                .isEqualTo("users.age = ? AND users.id = ? AND users.id = ?");
    }

    @Test
    void negationInvertsComparisonsAndWrapsTheRest() {
        assertThat(not(a.eq(1)).toString()).isEqualTo("users.age != ?");
        assertThat(not(a.lt(1)).toString()).isEqualTo("users.age >= ?");
        assertThat(not(a.in(1, 2)).toString()).isEqualTo("users.age NOT IN (?, ?)");
        assertThat(not(a.isNull()).toString()).isEqualTo("users.age IS NOT NULL");
        assertThat(not(a.between(1, 2)).toString()).isEqualTo("users.age NOT BETWEEN ? AND ?");
        assertThat(not(a.eq(1).or(id.eq(2))).toString()).isEqualTo("NOT (users.age = ? OR users.id = ?)");
        assertThat(not(not(a.eq(1).or(id.eq(2)))).toString()).isEqualTo("users.age = ? OR users.id = ?");
    }

    @Test
    void comparingWithNullTestsIsNull() {
        assertThat(a.eq((Object) null).toString()).isEqualTo("users.age IS NULL");
        assertThat(a.ne((Object) null).toString()).isEqualTo("users.age IS NOT NULL");
        assertThat(a.eq((Expression<?>) null).toString()).isEqualTo("users.age IS NULL");
    }

    @Test
    void emptyInListsAreConstantConditions() {
        assertThat(a.in(java.util.List.of()).toString()).isEqualTo("1 != 1");
        assertThat(a.notIn(java.util.List.of()).toString()).isEqualTo("1 = 1");
    }

    @Test
    void functionsCaseAndCast() {
        assertThat(Func.count(a.distinct()).toString()).isEqualTo("count(DISTINCT users.age)");
        assertThat(func("my_func", a, 3).toString()).isEqualTo("my_func(users.age, ?)");
        assertThat(func("pkg.fn", a).toString()).isEqualTo("pkg.fn(users.age)");
        assertThat(Func.currentTimestamp().toString()).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(caseWhen(a.gt(1), "x").otherwise(id).toString())
                .isEqualTo("CASE WHEN users.age > ? THEN ? ELSE users.id END");
        assertThat(cast(a, org.athanor.sql.types.SqlTypes.numeric(5, 1)).toString())
                .isEqualTo("CAST(users.age AS NUMERIC(5, 1))");
    }

    @Test
    void labelsAndOrdering() {
        assertThat(a.as("years").toString()).isEqualTo("users.age");
        assertThat(a.desc().nullsFirst().toString()).isEqualTo("users.age DESC NULLS FIRST");
    }
}
