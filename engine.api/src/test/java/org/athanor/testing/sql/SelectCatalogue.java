package org.athanor.testing.sql;

import static org.athanor.sql.SQL.*;
import static org.athanor.testing.sql.CatalogueEntry.of;
import static org.athanor.testing.sql.CatalogueEntry.r;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.sql.Alias;
import org.athanor.sql.ColumnClause;
import org.athanor.sql.Func;
import org.athanor.sql.Subquery;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.schema.TableOption;
import org.athanor.sql.types.SqlTypes;

/**
 * The SELECT statements of the catalogue.
 *
 * <p>Thread-safe: it holds no state.
 */
final class SelectCatalogue {
    private SelectCatalogue() {
    }

    static List<CatalogueEntry> entries(CatalogueSchema s) {
        Table users = s.users;
        Table addresses = s.addresses;
        Table orders = s.orders;
        ColumnClause<Object> id = users.c("id");
        ColumnClause<Object> name = users.c("name");
        ColumnClause<Object> age = users.c("age");
        ColumnClause<Object> active = users.c("active");
        List<CatalogueEntry> e = new ArrayList<>();

        // ---- basics (seed 001: table1.select(), select([table1], table1.c.col1 == 5))
        e.add(of("select_table", users.select()).anyOrder(r(1, "jack", "Jack Jones", true, 30),
                r(2, "wendy", "Wendy Williams", true, 25), r(3, "ed", null, false, null),
                r(4, "mary", "Mary Contrary", false, 41)));
        e.add(of("select_where_eq", select(users).where(id.eq(1))).rows(r(1, "jack", "Jack Jones", true, 30)));
        e.add(of("select_columns", select(name, users.c("fullname")).where(id.eq(2)))
                .rows(r("wendy", "Wendy Williams")));
        e.add(of("select_and", select(id).where(name.eq("jack"), age.gt(20))).rows(r(1)));
        e.add(of("select_or", select(id).where(or(name.eq("jack"), name.eq("ed"))).orderBy(id)).rows(r(1), r(3)));
        e.add(of("select_not_eq", select(id).where(not(name.eq("jack"))).orderBy(id)).rows(r(2), r(3), r(4)));
        e.add(of("select_not_and", select(id).where(not(and(active.eq(true), age.gt(26)))).orderBy(id))
                .rows(r(2), r(3), r(4)));
        e.add(of("select_comparisons", select(id).where(age.ge(25), age.lt(41), age.le(40)).orderBy(id))
                .rows(r(1), r(2)));
        e.add(of("select_ne", select(id).where(age.ne(30)).orderBy(id)).rows(r(2), r(4)));

        // ---- IN, LIKE, BETWEEN, IS NULL
        e.add(of("select_in", select(id).where(id.in(1, 3, 5)).orderBy(id)).rows(r(1), r(3)));
        e.add(of("select_not_in", select(id).where(id.notIn(1, 3)).orderBy(id)).rows(r(2), r(4)));
        e.add(of("select_in_empty", select(id).where(id.in(List.of()))).rows());
        e.add(of("select_in_subquery", select(name).where(id.in(select(addresses.c("user_id")))).orderBy(name))
                .rows(r("jack"), r("mary"), r("wendy")));
        e.add(of("select_like", select(name).where(name.like("%a%")).orderBy(name)).rows(r("jack"), r("mary")));
        e.add(of("select_not_like", select(name).where(name.notLike("j%")).orderBy(name))
                .rows(r("ed"), r("mary"), r("wendy")));
        e.add(of("select_ilike", select(name).where(name.ilike("J%"))).rows(r("jack")));
        e.add(of("select_between", select(id).where(age.between(25, 30)).orderBy(id)).rows(r(1), r(2)));
        e.add(of("select_is_null", select(id).where(users.c("fullname").isNull())).rows(r(3)));
        e.add(of("select_is_not_null", select(id).where(age.isNotNull()).orderBy(id)).rows(r(1), r(2), r(4)));

        // ---- booleans
        e.add(of("select_boolean_column", select(id).where(active).orderBy(id)).rows(r(1), r(2)));
        e.add(of("select_boolean_not", select(id).where(not(active)).orderBy(id)).rows(r(3), r(4)));
        e.add(of("select_true_constant", select(id).where(trueValue()).orderBy(id)).rows(r(1), r(2), r(3), r(4)));

        // ---- operators, labels, DISTINCT
        e.add(of("select_arithmetic", select(age.plus(1).as("next_age")).where(id.eq(1))).rows(r(31)));
        e.add(of("select_precedence", select(age.plus(1).times(2)).where(id.eq(1))).rows(r(62)));
        e.add(of("select_negative", select(age.negative()).where(id.eq(1))).rows(r(-30)));
        e.add(of("select_modulo", select(age.modulo(7)).where(id.eq(1))).rows(r(2)));
        e.add(of("select_concat", select(name.concat(" ").concat(users.c("fullname"))).where(id.eq(2)))
                .rows(r("wendy Wendy Williams")));
        e.add(of("select_label", select(name.as("user_name")).where(id.eq(1))).rows(r("jack")));
        e.add(of("select_distinct", select(addresses.c("user_id")).distinct().orderBy(addresses.c("user_id")))
                .rows(r(1), r(2), r(4)));

        // ---- ORDER BY, LIMIT, OFFSET
        e.add(of("select_order_by", select(name).orderBy(active.desc(), name.asc()))
                .rows(r("jack"), r("wendy"), r("ed"), r("mary")));
        e.add(of("select_nulls_first", select(id).orderBy(age.asc().nullsFirst())).rows(r(3), r(2), r(1), r(4)));
        e.add(of("select_nulls_last", select(id).orderBy(age.desc().nullsLast())).rows(r(4), r(1), r(2), r(3)));
        e.add(of("select_limit", select(id).orderBy(id).limit(2)).rows(r(1), r(2)));
        e.add(of("select_offset", select(id).orderBy(id).offset(2)).rows(r(3), r(4)));
        e.add(of("select_limit_offset", select(id).orderBy(id).limit(2).offset(1)).rows(r(2), r(3)));

        // ---- aggregates and functions
        ColumnClause<Object> userId = addresses.c("user_id");
        e.add(of("select_group_having", select(userId, Func.count()).groupBy(userId).having(Func.count().gt(1L)))
                .rows(r(1, 2)));
        var n = Func.count().as("n");
        e.add(of("select_order_by_label", select(userId, n).groupBy(userId).orderBy(n.desc(), userId))
                .rows(r(1, 2), r(2, 1), r(4, 1)));
        e.add(of("select_count_star", select(Func.count()).selectFrom(users)).rows(r(4)));
        e.add(of("select_count_distinct", select(Func.count(userId.distinct()))).rows(r(3)));
        ColumnClause<BigDecimal> total = orders.c("total", BigDecimal.class);
        e.add(of("select_aggregates", select(Func.sum(total), Func.min(total), Func.max(total)))
                .rows(r(new BigDecimal("115.49"), new BigDecimal("5.00"), new BigDecimal("99.99"))));
        e.add(of("select_avg", select(Func.avg(total).as("average"))).oneNonNullValue());
        e.add(of("select_coalesce", select(Func.coalesce(users.c("fullname"), "unknown")).where(id.eq(3)))
                .rows(r("unknown")));
        e.add(of("select_lower_upper", select(Func.upper(name), Func.lower(users.c("fullname"))).where(id.eq(1)))
                .rows(r("JACK", "jack jones")));
        e.add(of("select_char_length", select(Func.charLength(name)).where(id.eq(4))).rows(r(4)));
        e.add(of("select_now", select(Func.now())).oneNonNullValue());
        e.add(of("select_func_generic", select(func("abs", age.minus(40))).where(id.eq(1))).rows(r(10)));

        // ---- CASE, CAST, literals, bind parameters
        e.add(of("select_case_searched", select(name, caseWhen(age.lt(30), "young").when(age.ge(30), "adult")
                .otherwise("unknown")).orderBy(id)).rows(r("jack", "adult"), r("wendy", "young"),
                r("ed", "unknown"), r("mary", "adult")));
        e.add(of("select_case_simple", select(caseOf(orders.c("status")).when("open", 1).when("shipped", 2)
                .otherwise(0)).orderBy(orders.c("id"))).rows(r(1), r(2), r(1)));
        e.add(of("select_cast", select(cast(id, SqlTypes.string(10))).where(id.eq(1))).rows(r("1")));
        e.add(of("select_literal_no_from", select(literal(1).as("one"))).rows(r(1)));
        e.add(of("select_inline_literal", select(inline("it's").as("v"))).rows(r("it's")));
        e.add(of("select_bindparam", select(id).where(name.eq(bindparam("uname", SqlTypes.VARCHAR))))
                .params(Map.of("uname", "mary")).rows(r(4)));
        e.add(of("select_reserved_words", select(s.order.c("desc"), s.order.c("UserName"))
                .where(s.order.c("id").eq(1))).rows(r("first", "Jack")));

        // ---- joins, aliases, subqueries
        e.add(of("select_join_inferred", select(name, addresses.c("email")).selectFrom(users.join(addresses))
                .orderBy(addresses.c("id"))).rows(r("jack", "jack@yahoo.com"), r("jack", "jack@msn.com"),
                r("wendy", "wendy@aol.com"), r("mary", "mary@example.org")));
        e.add(of("select_join_on", select(name, total).selectFrom(users.join(orders, id.eq(orders.c("user_id"))))
                .where(orders.c("status").eq("open")).orderBy(orders.c("id")))
                .rows(r("jack", new BigDecimal("10.50")), r("wendy", new BigDecimal("5.00"))));
        e.add(of("select_outer_join", select(name, addresses.c("email")).selectFrom(users.outerJoin(addresses))
                .where(addresses.c("id").isNull())).rows(r("ed", null)));
        e.add(of("select_full_outer_join", select(id, orders.c("id"))
                .selectFrom(users.fullOuterJoin(orders, id.eq(orders.c("user_id")))).orderBy(id, orders.c("id")))
                .rows(r(1, 1), r(1, 2), r(2, 3), r(3, null), r(4, null)));
        e.add(of("select_join_chain", select(name, addresses.c("email"), total)
                .selectFrom(users.join(addresses).join(orders, orders.c("user_id").eq(id))).where(id.eq(2)))
                .rows(r("wendy", "wendy@aol.com", new BigDecimal("5.00"))));
        e.add(of("select_join_method", select(name, addresses.c("email")).join(addresses, id.eq(userId))
                .where(addresses.c("email").like("%aol%"))).rows(r("wendy", "wendy@aol.com")));
        Alias u1 = users.alias("u1");
        Alias u2 = users.alias("u2");
        e.add(of("select_self_join_alias", select(u1.c("name"), u2.c("name"))
                .selectFrom(u1.join(u2, u1.c("age").lt(u2.c("age")))).where(u1.c("id").eq(2))
                .orderBy(u2.c("name"))).rows(r("wendy", "jack"), r("wendy", "mary")));
        Subquery counts = select(userId, Func.count().as("n")).groupBy(userId).subquery("counts");
        e.add(of("select_subquery_from", select(name, counts.c("n"))
                .selectFrom(users.join(counts, id.eq(counts.c("user_id")))).orderBy(name))
                .rows(r("jack", 2), r("mary", 1), r("wendy", 1)));
        e.add(of("select_scalar_subquery", select(name, select(Func.count()).where(userId.eq(id))
                .scalarSubquery().as("address_count")).orderBy(id))
                .rows(r("jack", 2), r("wendy", 1), r("ed", 0), r("mary", 1)));
        e.add(of("select_exists", select(name).where(exists(select(addresses.c("id")).where(userId.eq(id))))
                .orderBy(name)).rows(r("jack"), r("mary"), r("wendy")));
        e.add(of("select_not_exists", select(name).where(not(exists(select(addresses.c("id"))
                .where(userId.eq(id)))))).rows(r("ed")));
        e.add(of("select_correlated_in", select(name).where(id.in(select(orders.c("user_id"))
                .where(total.gt(new BigDecimal("50")))))).rows(r("jack")));

        // ---- set operations
        e.add(of("select_union", union(select(name).where(id.eq(1)), select(name).where(id.eq(2))))
                .anyOrder(r("jack"), r("wendy")));
        e.add(of("select_union_all", select(userId).where(userId.eq(1)).unionAll(select(orders.c("user_id"))
                .where(orders.c("user_id").eq(1)))).anyOrder(r(1), r(1), r(1), r(1)));
        e.add(of("select_intersect", intersect(select(userId), select(orders.c("user_id")))).anyOrder(r(1), r(2)));
        e.add(of("select_except", except(select(userId), select(orders.c("user_id")))).anyOrder(r(4)));
        e.add(of("select_union_order_limit", union(select(name).where(age.lt(30)), select(name).where(age.gt(35)))
                .orderBy(name).limit(5)).rows(r("mary"), r("wendy")));

        // ---- schema-qualified names (compiled only: the fixture database has no such schema)
        MetaData other = new MetaData();
        Table remote = new Table("accounts", other, TableOption.schema("billing"),
                Column.of("id", SqlTypes.INTEGER).primaryKey(), Column.of("owner", SqlTypes.string(50)));
        e.add(of("select_schema_qualified", select(remote).where(remote.c("owner").eq("jack"))).compileOnly());
        return e;
    }
}
