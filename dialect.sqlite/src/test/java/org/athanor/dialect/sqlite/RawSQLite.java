package org.athanor.dialect.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.athanor.engine.URL;

/** Opens driver connections through the dialect, for tests that need no engine. */
final class RawSQLite {
    private RawSQLite() {
    }

    static Connection open(SQLiteDialect dialect, String url) throws SQLException {
        return dialect.connectionCreator(URL.parse(url), Map.of()).create();
    }

    static void exec(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }
}
