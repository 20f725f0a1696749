package org.athanor.dialect.sqlite.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.engine.Row;
import org.athanor.sql.Func;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 002's scenario: a schema that another framework created (here, plain JDBC) is reflected and queried
 * with expression-built SELECTs; no table is declared by hand.
 */
class SQLiteSeed002_ReflectAndQueryTest {

    @TempDir
    Path dir;

    @Test
    void aSchemaCreatedByPlainJdbcIsReflectedAndQueried() throws Exception {
        Path file = dir.resolve("django.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE auth_user (id INTEGER PRIMARY KEY AUTOINCREMENT, username VARCHAR(150)"
                    + " NOT NULL UNIQUE, is_staff BOOL NOT NULL, date_joined DATETIME NOT NULL)");
            s.execute("CREATE TABLE blog_post (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL"
                    + " REFERENCES auth_user (id), title VARCHAR(200) NOT NULL, score DECIMAL(5, 2))");
            s.execute("CREATE INDEX blog_post_author ON blog_post (author_id)");
            s.execute("INSERT INTO auth_user VALUES (1, 'alice', 1, '2013-11-20 10:00:00'),"
                    + " (2, 'bob', 0, '2013-11-21 11:30:00')");
            s.execute("INSERT INTO blog_post VALUES (1, 1, 'Integrating SQLAlchemy', 4.5),"
                    + " (2, 1, 'Limitations of the ORM', 3.25), (3, 2, 'Hello', NULL)");
        }
        try (Engine engine = Athanor.createEngine("sqlite:///" + file)) {
            MetaData meta = new MetaData();
            meta.reflect(engine);
            Table users = meta.table("auth_user");
            Table posts = meta.table("blog_post");

            List<Row> rows = engine.execute(select(users.c("username"), Func.count(posts.c("id")).as("n"))
                    .selectFrom(users.join(posts))
                    .where(users.c("is_staff").eq(true))
                    .groupBy(users.c("username"))).all();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("username")).isEqualTo("alice");
            assertThat(rows.get(0).get("n")).isEqualTo(2L);

            Row post = engine.execute(posts.select().where(posts.c("id").eq(2))).one();
            assertThat(post.get("score")).isEqualTo(new java.math.BigDecimal("3.25"));
            Row user = engine.execute(select(users).where(users.c("username").eq("bob"))).one();
            assertThat(user.get("is_staff")).isEqualTo(false);
            assertThat(user.get("date_joined")).isEqualTo(java.time.LocalDateTime.of(2013, 11, 21, 11, 30));
            assertThat(posts.indexes()).extracting(i -> i.name()).containsExactly("blog_post_author");
        }
    }
}
