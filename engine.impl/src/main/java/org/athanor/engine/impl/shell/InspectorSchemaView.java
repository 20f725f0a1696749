package org.athanor.engine.impl.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.athanor.engine.Engine;
import org.athanor.reflection.Inspector;
import org.athanor.reflection.ReflectedColumn;
import org.athanor.reflection.ReflectedPrimaryKey;
import org.athanor.sql.compiler.TypeCompiler;

/**
 * A {@link SchemaView} through the engine dialect's reflection ({@link Inspector}): the tables and views of the
 * default schema (or of the schema named as {@code schema.table}), and columns with the type as the dialect
 * names it in DDL.
 *
 * <p>Thread-safe: the inspector borrows a connection from the engine's pool per call.
 */
final class InspectorSchemaView implements SchemaView {
    private final Inspector inspector;
    private final TypeCompiler types;

    InspectorSchemaView(Engine engine) {
        this.inspector = Inspector.of(engine);
        this.types = engine.dialect().typeCompiler();
    }

    @Override
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        inspector.tableNames(null).forEach(name -> tables.add(new Table(null, name, "TABLE")));
        inspector.viewNames(null).forEach(name -> tables.add(new Table(null, name, "VIEW")));
        tables.sort(Comparator.comparing(Table::name));
        return tables;
    }

    @Override
    public List<Column> columns(String table) {
        int dot = table.lastIndexOf('.');
        String schema = dot > 0 ? table.substring(0, dot) : null;
        String given = dot > 0 ? table.substring(dot + 1) : table;
        List<String> names = new ArrayList<>(inspector.tableNames(schema));
        names.addAll(inspector.viewNames(schema));
        String name = names.contains(given) ? given : names.stream().filter(n -> n.equalsIgnoreCase(given))
                .findFirst().orElseThrow(() -> new ShellException("No table or view '" + table
                        + "'; engine:tables lists them."));
        ReflectedPrimaryKey key = inspector.primaryKey(name, schema);
        List<String> keyColumns = key == null ? List.of() : key.columns();
        List<Column> columns = new ArrayList<>();
        for (ReflectedColumn c : inspector.columns(name, schema)) {
            columns.add(new Column(c.name(), types.ddlName(c.type()), c.nullable(), c.defaultSql(),
                    keyColumns.indexOf(c.name()) + 1));
        }
        return columns;
    }
}
