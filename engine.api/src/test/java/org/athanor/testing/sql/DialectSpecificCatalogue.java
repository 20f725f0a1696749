package org.athanor.testing.sql;

import static org.athanor.sql.SQL.*;
import static org.athanor.testing.sql.CatalogueEntry.of;
import static org.athanor.testing.sql.CatalogueEntry.r;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.sql.Alias;
import org.athanor.sql.ArrayComparisons;
import org.athanor.sql.Func;
import org.athanor.sql.ddl.CreateTable;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.DialectOption;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.schema.TableOption;
import org.athanor.sql.types.SqlTypes;
import org.athanor.sql.upsert.OnConflict;
import org.athanor.sql.upsert.OnDuplicateKeyUpdate;

/**
 * The statements of the catalogue that only some databases have: upserts ({@code ON CONFLICT} on PostgreSQL
 * and SQLite, {@code ON DUPLICATE KEY UPDATE} on MySQL and MariaDB), ARRAY columns and comparisons
 * (PostgreSQL), and table settings for one database ({@code DialectOption}). A dialect without one of them
 * must refuse it ({@code !unsupported} in its expectation file).
 *
 * <p>Thread-safe: it holds no state.
 */
final class DialectSpecificCatalogue {
    private DialectSpecificCatalogue() {
    }

    static List<CatalogueEntry> entries(CatalogueSchema s) {
        List<CatalogueEntry> e = new ArrayList<>(onConflict(s));
        e.addAll(onDuplicateKey(s));
        e.addAll(arraysAndTableOptions());
        return e;
    }

    private static List<CatalogueEntry> onConflict(CatalogueSchema s) {
        Table users = s.users;
        Table addresses = s.addresses;
        Table orders = s.orders;
        Alias excluded = OnConflict.excluded(users);
        List<CatalogueEntry> e = new ArrayList<>();
        e.add(of("upsert_do_nothing", users.insert().values(CatalogueSchema.row("id", 1, "name", "jackie"))
                .withOption(OnConflict.on("id").doNothing())).rowcount(0)
                .then(select(users.c("name")).where(users.c("id").eq(1)), r("jack")));
        e.add(of("upsert_do_nothing_inserts", users.insert().values(CatalogueSchema.row("id", 5, "name", "fred"))
                .withOption(OnConflict.on(users.c("id")).doNothing())).rowcount(1)
                .then(select(users.c("name")).where(users.c("id").eq(5)), r("fred")));
        e.add(of("upsert_do_nothing_any_conflict", addresses.insert().values(CatalogueSchema.row("id", 10,
                "user_id", 2, "email", "jack@yahoo.com")).withOption(OnConflict.doNothing())).rowcount(0)
                .then(select(Func.count()).selectFrom(addresses), r(4)));
        e.add(of("upsert_index_predicate", addresses.insert().values(CatalogueSchema.row("id", 10, "user_id", 2,
                "email", "jack@msn.com")).withOption(OnConflict.on("email").where(addresses.c("user_id").gt(0))
                .doNothing())).rowcount(0)
                .then(select(Func.count()).selectFrom(addresses), r(4)));
        e.add(of("upsert_on_constraint", users.insert().values(CatalogueSchema.row("id", 1, "name", "jackie"))
                .withOption(OnConflict.onConstraint("users_pkey").doNothing())).rowcount(0)
                .then(select(users.c("name")).where(users.c("id").eq(1)), r("jack")));
        e.add(of("upsert_do_update", users.insert().values(CatalogueSchema.row("id", 2, "name", "wendy2", "age", 26))
                .withOption(OnConflict.on("id").doUpdate(Map.of("name", excluded.c("name"), "age",
                        excluded.c("age"))))).rowcount(1)
                .then(select(users.c("name"), users.c("age")).where(users.c("id").eq(2)), r("wendy2", 26)));
        e.add(of("upsert_do_update_where", users.insert().values(List.of(CatalogueSchema.row("id", 1, "name", "J"),
                CatalogueSchema.row("id", 3, "name", "E"))).withOption(OnConflict.on("id")
                .doUpdate(Map.of("name", excluded.c("name"), "fullname", "(updated)", "age", users.c("age").plus(1)))
                .where(users.c("active"))))
                .then(select(users.c("id"), users.c("name"), users.c("fullname"), users.c("age"))
                        .where(users.c("id").in(1, 3)).orderBy(users.c("id")),
                        r(1, "J", "(updated)", 31), r(3, "ed", null, null)));
        e.add(of("upsert_from_select", orders.insert().fromSelect(List.of("id", "user_id", "status"),
                select(users.c("id"), users.c("id"), literal("copied")).where(users.c("id").le(2)))
                .withOption(OnConflict.on("id").doUpdate(Map.of("status", OnConflict.excluded(orders).c("status")))))
                .then(select(orders.c("id"), orders.c("status")).orderBy(orders.c("id")),
                        r(1, "copied"), r(2, "copied"), r(3, "open")));
        e.add(of("upsert_returning", users.insert().values(CatalogueSchema.row("id", 2, "name", "W"))
                .withOption(OnConflict.on("id").doUpdate(Map.of("name", excluded.c("name"))))
                .returning(users.c("id"), users.c("name"))).rows(r(2, "W")));
        return e;
    }

    private static List<CatalogueEntry> onDuplicateKey(CatalogueSchema s) {
        Table users = s.users;
        Table orders = s.orders;
        Alias inserted = OnDuplicateKeyUpdate.inserted(users);
        List<CatalogueEntry> e = new ArrayList<>();
        e.add(of("upsert_duplicate_key", users.insert().values(CatalogueSchema.row("id", 2, "name", "wendy2",
                "age", 26)).withOption(OnDuplicateKeyUpdate.set(Map.of("name", inserted.c("name"), "age",
                inserted.c("age")))))
                .then(select(users.c("name"), users.c("age")).where(users.c("id").eq(2)), r("wendy2", 26)));
        e.add(of("upsert_duplicate_key_expression", users.insert().values(CatalogueSchema.row("id", 1, "name",
                "jack")).withOption(OnDuplicateKeyUpdate.set(Map.of("age", users.c("age").plus(1), "fullname",
                "(updated)"))))
                .then(select(users.c("fullname"), users.c("age")).where(users.c("id").eq(1)), r("(updated)", 31)));
        e.add(of("upsert_duplicate_key_many_rows", users.insert().values(List.of(CatalogueSchema.row("id", 1,
                "name", "J"), CatalogueSchema.row("id", 5, "name", "fred"))).withOption(OnDuplicateKeyUpdate
                .set(Map.of("name", inserted.c("name")))))
                .then(select(users.c("id"), users.c("name")).where(users.c("id").in(1, 5)).orderBy(users.c("id")),
                        r(1, "J"), r(5, "fred")));
        e.add(of("upsert_duplicate_key_from_select", orders.insert().fromSelect(List.of("id", "user_id", "status"),
                select(users.c("id"), users.c("id"), literal("copied")).where(users.c("id").le(2)))
                .withOption(OnDuplicateKeyUpdate.set(Map.of("status", OnDuplicateKeyUpdate.inserted(orders)
                        .c("status")))))
                .then(select(orders.c("id"), orders.c("status")).orderBy(orders.c("id")),
                        r(1, "copied"), r(2, "copied"), r(3, "open")));
        e.add(of("upsert_duplicate_key_returning", users.insert().values(CatalogueSchema.row("id", 2, "name", "W"))
                .withOption(OnDuplicateKeyUpdate.set(Map.of("name", inserted.c("name"))))
                .returning(users.c("id"), users.c("name"))).rows(r(2, "W")));
        return e;
    }

    private static List<CatalogueEntry> arraysAndTableOptions() {
        MetaData m = new MetaData();
        Table posts = new Table("posts", m,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("tags", SqlTypes.array(SqlTypes.TEXT)),
                Column.of("scores", SqlTypes.array(SqlTypes.INTEGER)));
        Table events = new Table("events", m,
                Column.of("id", SqlTypes.BIGINT).primaryKey(),
                Column.of("payload", SqlTypes.TEXT),
                DialectOption.of("mysql_engine", "InnoDB"),
                DialectOption.of("mysql_charset", "utf8mb4"),
                DialectOption.of("mysql_collate", "utf8mb4_bin"),
                DialectOption.of("sqlite_with_rowid", false),
                TableOption.comment("Event log"));
        List<CatalogueEntry> e = new ArrayList<>();
        e.add(of("ddl_create_array", new CreateTable(posts)).compileOnly());
        e.add(of("insert_array", posts.insert().values(CatalogueSchema.row("id", 1, "tags", List.of("java", "sql"),
                "scores", new int[] {3, 5}))).compileOnly());
        e.add(of("select_array_any", select(posts.c("id")).where(ArrayComparisons.any(posts.c("tags"), "sql")))
                .compileOnly());
        e.add(of("select_array_contains", select(posts.c("id"))
                .where(ArrayComparisons.contains(posts.c("scores"), List.of(3, 5)),
                        ArrayComparisons.overlaps(posts.c("tags"), new String[] {"a", "b"}).not()))
                .compileOnly());
        e.add(of("ddl_create_table_options", new CreateTable(events)).compileOnly());
        return e;
    }
}
