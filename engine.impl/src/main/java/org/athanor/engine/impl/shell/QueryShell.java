package org.athanor.engine.impl.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Row;

/**
 * The logic of the {@code engine:} commands that query a database: {@code sql}, {@code tables} and
 * {@code describe}. Each writes to the {@link PrintWriter} and fails with a one-line {@link ShellException}.
 *
 * <p>Not thread-safe: make one per command run (it is cheap).
 */
public final class QueryShell {
    /** Statements whose row count means rows affected; for others (DDL, SET, ...) the shell says OK. */
    private static final Pattern DML = Pattern.compile("\\s*(?:--[^\\n]*\\n\\s*|/\\*.*?\\*/\\s*)*"
            + "(?:WITH\\b.*?\\b)?(?:INSERT|UPDATE|DELETE|MERGE|REPLACE|UPSERT)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private final EngineCatalog catalog;
    private final PrintWriter out;
    private final Function<Engine, SchemaView> schemas;

    /**
     * Creates the commands, reading schemas through the dialect's reflection.
     *
     * @param catalog the engines
     * @param out where results go
     */
    public QueryShell(EngineCatalog catalog, PrintWriter out) {
        this(catalog, out, InspectorSchemaView::new);
    }

    QueryShell(EngineCatalog catalog, PrintWriter out, Function<Engine, SchemaView> schemas) {
        this.catalog = catalog;
        this.out = out;
        this.schemas = schemas;
    }

    /**
     * Runs one SQL statement (DML and DDL are committed at once, by the engine's autocommit) and prints the
     * rows as a table with their count, the count of rows affected by DML, or {@code OK}.
     *
     * @param name the engine's name
     * @param sql the statement
     */
    public void sql(String name, String sql) {
        if (sql == null || sql.isBlank()) {
            throw new ShellException("engine:sql needs a statement after the engine name, in quotes: engine:sql "
                    + name + " \"select 1\"");
        }
        Engine engine = catalog.require(name).engine();
        try (Result result = engine.execute(sql)) {
            if (result.returnsRows()) {
                TextTable table = new TextTable(result.keys());
                for (Row row : result) {
                    table.add(row.values());
                }
                table.print(out);
                out.println(EngineShell.count(table.size(), "row"));
            } else {
                long n = result.rowcount();
                out.println(n < 0 || !DML.matcher(sql).lookingAt() ? "OK" : n + (n == 1 ? " row" : " rows")
                        + " affected");
            }
        }
    }

    /**
     * Lists the tables and views.
     *
     * @param name the engine's name
     */
    public void tables(String name) {
        List<SchemaView.Table> tables = schemas.apply(catalog.require(name).engine()).tables();
        boolean withSchema = tables.stream().anyMatch(t -> t.schema() != null);
        TextTable table = withSchema ? TextTable.of("SCHEMA", "NAME", "TYPE") : TextTable.of("NAME", "TYPE");
        for (SchemaView.Table t : tables) {
            if (withSchema) {
                table.add(t.schema(), t.name(), t.type());
            } else {
                table.add(t.name(), t.type());
            }
        }
        table.print(out);
        out.println(EngineShell.count(table.size(), "table"));
    }

    /**
     * Describes a table's columns: name, type, nullability, default, primary-key position.
     *
     * @param name the engine's name
     * @param tableName the table, optionally {@code schema.table}
     */
    public void describe(String name, String tableName) {
        if (tableName == null || tableName.isBlank()) {
            throw new ShellException("engine:describe needs a table name after the engine name.");
        }
        List<SchemaView.Column> columns = schemas.apply(catalog.require(name).engine()).columns(tableName.trim());
        TextTable table = TextTable.of("COLUMN", "TYPE", "NULLABLE", "DEFAULT", "PRIMARY KEY");
        for (SchemaView.Column c : columns) {
            table.add(c.name(), c.type(), c.nullable() ? "yes" : "no", c.defaultValue() == null ? "" : c.defaultValue(),
                    c.primaryKey() == 0 ? "" : String.valueOf(c.primaryKey()));
        }
        table.print(out);
        out.println(EngineShell.count(table.size(), "column"));
    }
}
