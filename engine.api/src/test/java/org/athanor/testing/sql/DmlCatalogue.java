package org.athanor.testing.sql;

import static org.athanor.sql.SQL.*;
import static org.athanor.testing.sql.CatalogueEntry.of;
import static org.athanor.testing.sql.CatalogueEntry.r;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.sql.ColumnClause;
import org.athanor.sql.Func;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;

/**
 * The INSERT, UPDATE, DELETE and text statements of the catalogue.
 *
 * <p>Thread-safe: it holds no state.
 */
final class DmlCatalogue {
    private DmlCatalogue() {
    }

    static List<CatalogueEntry> entries(CatalogueSchema s) {
        Table users = s.users;
        Table addresses = s.addresses;
        Table orders = s.orders;
        ColumnClause<Object> id = users.c("id");
        ColumnClause<Object> name = users.c("name");
        ColumnClause<Object> age = users.c("age");
        List<CatalogueEntry> e = new ArrayList<>();

        // ---- INSERT
        e.add(of("insert_values", users.insert().values(CatalogueSchema.row("id", 5, "name", "fred", "fullname",
                "Fred Flintstone", "active", true, "age", 50))).rowcount(1)
                .then(select(name, users.c("active")).where(id.eq(5)), r("fred", true)));
        e.add(of("insert_params", users.insert()).params(Map.of("id", 6, "name", "barney")).rowcount(1)
                .then(select(name, users.c("fullname")).where(id.eq(6)), r("barney", null)));
        e.add(of("insert_autoincrement", users.insert().value("name", "betty")).rowcount(1).insertedKey()
                .then(select(Func.count()).where(name.eq("betty")), r(1)));
        e.add(of("insert_multi_values", users.insert().values(List.of(Map.of("id", 7, "name", "dino"),
                Map.of("id", 8, "name", "hoppy")))).rowcount(2)
                .then(select(name).where(id.in(7, 8)).orderBy(id), r("dino"), r("hoppy")));
        e.add(of("insert_from_select", orders.insert().fromSelect(List.of("user_id", "status"),
                select(id, literal("new")).where(users.c("active")))).rowcount(2)
                .then(select(Func.count()).where(orders.c("status").eq("new")), r(2)));
        e.add(of("insert_returning", users.insert().values(Map.of("id", 9, "name", "pebbles"))
                .returning(id, name)).rows(r(9, "pebbles")));
        e.add(of("insert_default_values", s.logs.insert()).rowcount(1)
                .then(select(s.logs.c("message")), r("none")));
        e.add(of("insert_server_default", orders.insert().values(Map.of("id", 10, "user_id", 3)))
                .rowcount(1).then(select(orders.c("status")).where(orders.c("id").eq(10)), r("open")));

        // ---- UPDATE (seed 001: users.update(users.c.user_id == 5).execute(name='ed'))
        e.add(of("update_where", users.update(id.eq(3)).set("name", "eddie")).rowcount(1)
                .then(select(name).where(id.eq(3)), r("eddie")));
        e.add(of("update_expression", users.update().set(age, age.plus(1)).where(age.isNotNull())).rowcount(3)
                .then(select(age).where(id.eq(1)), r(31)));
        e.add(of("update_params", users.update().where(id.eq(bindparam("uid", SqlTypes.INTEGER))))
                .params(Map.of("uid", 2, "fullname", "W. W.")).rowcount(1)
                .then(select(users.c("fullname")).where(id.eq(2)), r("W. W.")));
        e.add(of("update_returning", users.update().set(age, 26).where(id.eq(2)).returning(id, age))
                .rows(r(2, 26)));
        e.add(of("update_correlated", users.update().set("active", false).where(exists(select(orders.c("id"))
                .where(orders.c("user_id").eq(id), orders.c("status").eq("shipped"))))).rowcount(1)
                .then(select(id).where(users.c("active")), r(2)));
        e.add(of("update_all", s.things.update().set("label", "x")).rowcount(0));

        // ---- DELETE
        e.add(of("delete_where", addresses.delete().where(addresses.c("email").like("%@msn.com"))).rowcount(1)
                .then(select(Func.count()).selectFrom(addresses), r(3)));
        e.add(of("delete_all", s.logs.delete()).rowcount(0));
        e.add(of("delete_returning", addresses.delete(addresses.c("id").eq(4)).returning(addresses.c("email")))
                .rows(r("mary@example.org")));
        e.add(of("delete_in_subquery", orders.delete().where(orders.c("user_id").in(select(id)
                .where(name.eq("wendy"))))).rowcount(1)
                .then(select(Func.count()).selectFrom(orders), r(2)));

        // ---- text
        e.add(of("text_bindparams", text("SELECT id, name FROM users WHERE id = :id")
                .bindparams(bindparam("id", 2, SqlTypes.INTEGER))).rows(r(2, "wendy")));
        e.add(of("text_params", text("SELECT name FROM users WHERE age > :age ORDER BY name"))
                .params(Map.of("age", 29)).rows(r("jack"), r("mary")));
        e.add(of("text_typed_columns", text("SELECT id, active FROM users WHERE id = :id")
                .columns(column("id", SqlTypes.INTEGER), column("active", SqlTypes.BOOLEAN)).bind("id", 1))
                .rows(r(1, true)));
        e.add(of("text_colon_literal", text("SELECT 'a:b' AS v, name FROM users WHERE id = :id AND name != 'x\\:y'")
                .bind("id", 1)).rows(r("a:b", "jack")));
        e.add(of("text_decimal_result", text("SELECT total FROM orders WHERE id = :id")
                .columns(column("total", SqlTypes.numeric(10, 2))).bind("id", 3)).rows(r(new BigDecimal("5.00"))));
        return e;
    }
}
