package org.athanor.dialect.postgresql;

import java.sql.SQLException;
import org.athanor.exc.ArgumentException;
import org.postgresql.util.PGobject;

/**
 * Factories for parameter values whose PostgreSQL type pgjdbc cannot infer from the Java value: a JSON
 * document is a {@code String} in Java, which pgjdbc would send as {@code varchar} and the server would refuse
 * for a {@code json} or {@code jsonb} column. Wrap it here and bind it like any other value:
 * <pre>{@code
 * conn.execute("INSERT INTO doc (body) VALUES (?)", PgValues.jsonb("{\"a\": 1}"));
 * }</pre>
 * Reading such a column gives the document's text back.
 *
 * <p>Stateless and thread-safe; each call returns a new driver object.
 */
public final class PgValues {

    private PgValues() {
    }

    /**
     * Wraps JSON text as a {@code json} value.
     *
     * @param text the document, or {@code null} for SQL NULL
     * @return the driver value
     */
    public static PGobject json(String text) {
        return typed("json", text);
    }

    /**
     * Wraps JSON text as a {@code jsonb} value.
     *
     * @param text the document, or {@code null} for SQL NULL
     * @return the driver value
     */
    public static PGobject jsonb(String text) {
        return typed("jsonb", text);
    }

    /**
     * Wraps text as a value of a named PostgreSQL type, which the server parses ({@code inet},
     * {@code interval}, an enum type, ...).
     *
     * @param type the type name, as in SQL
     * @param text the value's text form, or {@code null} for SQL NULL
     * @return the driver value
     */
    public static PGobject typed(String type, String text) {
        if (type == null || type.isBlank()) {
            throw new ArgumentException("PgValues.typed needs a PostgreSQL type name such as 'jsonb' or 'inet'.");
        }
        PGobject o = new PGobject();
        o.setType(type);
        try {
            o.setValue(text);
        } catch (SQLException e) {
            throw new ArgumentException("pgjdbc refused the text of a " + type + " value: " + e.getMessage());
        }
        return o;
    }
}
