package org.athanor.testing.sql;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.athanor.sql.SQL;
import org.athanor.sql.schema.CheckConstraint;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.ReferentialAction;
import org.athanor.sql.schema.Table;
import org.athanor.sql.schema.TableOption;
import org.athanor.sql.types.SqlTypes;

/**
 * The fixture schema of the statement catalogue: users, their addresses and orders, a table whose names are
 * reserved words or mixed case, a log table made only of defaults, and a table of every type; with the rows
 * the catalogue's expectations assume.
 *
 * <p>Not thread-safe to build; the built tables are immutable.
 */
public final class CatalogueSchema {
    /** The metadata holding every fixture table. */
    public final MetaData metadata = new MetaData();
    /** users(id, name, fullname, active, age). */
    public final Table users;
    /** addresses(id, user_id → users ON DELETE CASCADE, email UNIQUE). */
    public final Table addresses;
    /** orders(id, user_id → users, total NUMERIC(10, 2), status), a check constraint and an index. */
    public final Table orders;
    /** "order"(id, "desc", "UserName"): reserved and mixed-case names. */
    public final Table order;
    /** logs(id, message DEFAULT 'none'). */
    public final Table logs;
    /** things: one column of every type. */
    public final Table things;

    /** Builds the schema. */
    public CatalogueSchema() {
        users = new Table("users", metadata,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("name", SqlTypes.string(50)).notNull(),
                Column.of("fullname", SqlTypes.string(100)),
                Column.of("active", SqlTypes.BOOLEAN),
                Column.of("age", SqlTypes.INTEGER));
        addresses = new Table("addresses", metadata,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("user_id", SqlTypes.INTEGER).notNull().references("users.id", ReferentialAction.CASCADE),
                Column.of("email", SqlTypes.string(100)).notNull().unique());
        orders = new Table("orders", metadata,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("user_id", SqlTypes.INTEGER).references("users.id").index(),
                Column.of("total", SqlTypes.numeric(10, 2)),
                Column.of("status", SqlTypes.string(20)).serverDefault("open"),
                CheckConstraint.of("ck_orders_total", SQL.column("total").ge(BigDecimal.ZERO)),
                TableOption.comment("Customer orders"));
        order = new Table("order", metadata,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("desc", SqlTypes.string(20)),
                Column.of("UserName", SqlTypes.string(20)).comment("mixed case"));
        logs = new Table("logs", metadata,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("message", SqlTypes.string(100)).serverDefault("none"));
        things = new Table("things", metadata,
                Column.of("id", SqlTypes.INTEGER).primaryKey().autoincrement(false),
                Column.of("small", SqlTypes.SMALLINT),
                Column.of("big", SqlTypes.BIGINT),
                Column.of("price", SqlTypes.numeric(10, 2)),
                Column.of("ratio", SqlTypes.DOUBLE),
                Column.of("flag", SqlTypes.BOOLEAN),
                Column.of("label", SqlTypes.string(30)),
                Column.of("code", SqlTypes.fixedString(3)),
                Column.of("body", SqlTypes.TEXT),
                Column.of("born", SqlTypes.DATE),
                Column.of("created", SqlTypes.DATETIME),
                Column.of("data", SqlTypes.BLOB),
                Column.of("uid", SqlTypes.UUID_TYPE));
    }

    /**
     * Returns the rows the expectations assume, by table, in insertion order (referenced tables first).
     *
     * @return rows as column-name maps
     */
    public Map<Table, List<Map<String, Object>>> rows() {
        Map<Table, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put(users, List.of(
                row("id", 1, "name", "jack", "fullname", "Jack Jones", "active", true, "age", 30),
                row("id", 2, "name", "wendy", "fullname", "Wendy Williams", "active", true, "age", 25),
                row("id", 3, "name", "ed", "fullname", null, "active", false, "age", null),
                row("id", 4, "name", "mary", "fullname", "Mary Contrary", "active", false, "age", 41)));
        m.put(addresses, List.of(
                row("id", 1, "user_id", 1, "email", "jack@yahoo.com"),
                row("id", 2, "user_id", 1, "email", "jack@msn.com"),
                row("id", 3, "user_id", 2, "email", "wendy@aol.com"),
                row("id", 4, "user_id", 4, "email", "mary@example.org")));
        m.put(orders, List.of(
                row("id", 1, "user_id", 1, "total", new BigDecimal("10.50"), "status", "open"),
                row("id", 2, "user_id", 1, "total", new BigDecimal("99.99"), "status", "shipped"),
                row("id", 3, "user_id", 2, "total", new BigDecimal("5.00"), "status", "open")));
        m.put(order, List.of(row("id", 1, "desc", "first", "UserName", "Jack")));
        return m;
    }

    /**
     * Builds a row map from alternating names and values (values may be null).
     *
     * @param namesAndValues name, value, name, value, ...
     * @return the map, in order
     */
    public static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
