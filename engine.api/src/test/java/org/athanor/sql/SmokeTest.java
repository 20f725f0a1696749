package org.athanor.sql;

import static org.athanor.sql.SQL.*;

import org.athanor.sql.compiler.GenericDialect;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void print() {
        MetaData md = new MetaData();
        Table users = new Table("users", md, Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("name", SqlTypes.string(50)));
        Table addresses = new Table("addresses", md, Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("user_id", SqlTypes.INTEGER).references("users.id"), Column.of("email", SqlTypes.string(50)));
        var g = GenericDialect.INSTANCE;
        System.out.println(users.select().compile(g).sql());
        System.out.println(select(users).where(users.c("id").eq(5)).compile(g).sql());
        System.out.println(select(users.c("name"), addresses.c("email")).selectFrom(users.join(addresses)).where(users.c("name").like("J%").or(users.c("id").in(1, 2, 3))).orderBy(users.c("name").desc()).limit(10).offset(5).compile(g).sql());
        System.out.println(users.insert().values(java.util.Map.of("name", "x")).compile(g).sql());
        System.out.println(users.update().where(users.c("id").eq(5)).set("name", "ed").compile(g).sql());
        System.out.println(users.delete().where(users.c("id").eq(5)).compile(g).sql());
        System.out.println(select(users.c("id"), Func.count()).where(exists(select(addresses.c("id")).where(addresses.c("user_id").eq(users.c("id"))))).groupBy(users.c("id")).compile(g).sql());
        System.out.println(g.ddlCompiler().sql(new org.athanor.sql.ddl.CreateTable(addresses)));
        System.out.println(users.c("id").eq(3).and(users.c("name").isNull().not()));
    }
}
