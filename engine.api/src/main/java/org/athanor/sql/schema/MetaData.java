package org.athanor.sql.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.athanor.engine.Connectable;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.NoSuchTableException;
import org.athanor.reflection.MetaDataReflector;
import org.athanor.sql.ddl.SchemaRunner;

/**
 * A registry of {@link Table}s (and the sequences their columns use) that belong together: tables refer to
 * each other through it, are created and dropped together in foreign-key order, and can be filled from an
 * existing database by {@link #reflect}.
 *
 * <p>A metadata can be <em>bound</em> to an engine so its tables' statements execute themselves
 * ({@link #bind(Connectable)}, seed 001) — a discouraged pattern, kept because the seeds describe it.
 *
 * <p>Thread-safe: tables may be added and looked up from several threads.
 */
public final class MetaData {
    private final String schema;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private volatile Connectable bind;

    /** Creates an empty metadata whose tables live in the default schema. */
    public MetaData() {
        this(null);
    }

    /**
     * Creates an empty metadata whose tables live, unless they say otherwise, in a schema.
     *
     * @param schema the default schema, or {@code null}
     */
    public MetaData(String schema) {
        this.schema = schema;
    }

    /** @return the default schema of its tables, or {@code null} */
    public String schema() {
        return schema;
    }

    static String key(String schemaName, String name) {
        return schemaName == null ? name : schemaName + "." + name;
    }

    synchronized void register(Table table) {
        String k = key(table.schema(), table.name());
        if (tables.containsKey(k)) {
            throw new ArgumentException("Table '" + k + "' is already defined in this MetaData; look it up with"
                    + " metadata.table(\"" + k + "\") or remove it first.");
        }
        tables.put(k, table);
    }

    /**
     * Returns a table by name ({@code "name"} or {@code "schema.name"}).
     *
     * @param name the name
     * @return the table
     * @throws NoSuchTableException listing the tables there are, if none has the name
     */
    public Table table(String name) {
        synchronized (this) {
            Table t = tables.get(name);
            if (t == null && schema != null) {
                t = tables.get(key(schema, name));
            }
            if (t != null) {
                return t;
            }
            throw new NoSuchTableException("This MetaData has no table '" + name + "'; it has " + tables.keySet()
                    + ". Define it, or reflect it with metadata.reflect(engine).");
        }
    }

    /**
     * Looks a table up by schema and name.
     *
     * @param schemaName the schema, or {@code null} for the metadata's default
     * @param name the name
     * @return the table, if present
     */
    public synchronized Optional<Table> findTable(String schemaName, String name) {
        Table t = tables.get(key(schemaName != null ? schemaName : schema, name));
        if (t == null && schemaName == null) {
            t = tables.get(name);
        }
        return Optional.ofNullable(t);
    }

    /**
     * Tells whether a table of this name is defined.
     *
     * @param name {@code "name"} or {@code "schema.name"}
     * @return whether defined
     */
    public synchronized boolean hasTable(String name) {
        return tables.containsKey(name) || schema != null && tables.containsKey(key(schema, name));
    }

    /** @return the tables, in the order they were defined */
    public synchronized List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /**
     * Returns the tables ordered so that every table comes after the tables it references (the order of
     * CREATE; DROP uses the reverse). References to tables outside this metadata and to the table itself
     * are ignored.
     *
     * @return the ordered tables
     * @throws ArgumentException if foreign keys form a cycle
     */
    public List<Table> sortedTables() {
        return sort(tables());
    }

    static List<Table> sort(Collection<Table> tables) {
        Map<String, Table> byKey = new LinkedHashMap<>();
        for (Table t : tables) {
            byKey.put(key(t.schema(), t.name()), t);
        }
        List<Table> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String k : byKey.keySet()) {
            visit(k, byKey, done, visiting, out);
        }
        return out;
    }

    private static void visit(String k, Map<String, Table> byKey, Set<String> done, Set<String> visiting,
            List<Table> out) {
        if (done.contains(k)) {
            return;
        }
        if (!visiting.add(k)) {
            throw new ArgumentException("The foreign keys of tables " + visiting + " form a cycle, so no creation"
                    + " order exists; drop one of the foreign keys from the cycle and add it after creation.");
        }
        Table t = byKey.get(k);
        for (String ref : t.referencedTables()) {
            if (byKey.containsKey(ref)) {
                visit(ref, byKey, done, visiting, out);
            }
        }
        visiting.remove(k);
        done.add(k);
        out.add(t);
    }

    /** @return the sequences the tables' columns use */
    public Set<Sequence> sequences() {
        Set<Sequence> s = new LinkedHashSet<>();
        for (Table t : tables()) {
            s.addAll(t.sequences());
        }
        return s;
    }

    /**
     * Removes a table.
     *
     * @param table the table
     */
    public synchronized void remove(Table table) {
        tables.remove(key(table.schema(), table.name()));
    }

    /** Removes every table. */
    public synchronized void clear() {
        tables.clear();
    }

    // ------------------------------------------------------------------ DDL

    /**
     * Creates every table that does not exist yet, in foreign-key order, with indexes, comments and
     * sequences (SQLAlchemy's {@code create_all}, which checks first).
     *
     * @param connectable an engine or a connection
     */
    public void createAll(Connectable connectable) {
        createAll(connectable, true);
    }

    /**
     * Creates every table in foreign-key order.
     *
     * @param connectable an engine or a connection
     * @param checkFirst whether to skip tables that exist
     */
    public void createAll(Connectable connectable, boolean checkFirst) {
        SchemaRunner.create(sortedTables(), connectable, checkFirst);
    }

    /**
     * Drops every table that exists, in reverse foreign-key order (SQLAlchemy's {@code drop_all}, which
     * checks first).
     *
     * @param connectable an engine or a connection
     */
    public void dropAll(Connectable connectable) {
        dropAll(connectable, true);
    }

    /**
     * Drops every table in reverse foreign-key order.
     *
     * @param connectable an engine or a connection
     * @param checkFirst whether to skip tables that do not exist
     */
    public void dropAll(Connectable connectable, boolean checkFirst) {
        SchemaRunner.drop(sortedTables(), connectable, checkFirst);
    }

    // ------------------------------------------------------------------ binding and reflection

    /**
     * Binds this metadata to an engine or connection, so that statements on its tables can execute
     * themselves ({@code table.select().execute()}) and DDL needs no connectable.
     *
     * <p><strong>Discouraged</strong>, as seed 001 says: "bound metadata" and "implicit execution" are
     * not required by any API and are never necessary; implicit execution is a very old usage pattern that
     * in most cases is more confusing than it is helpful, and it makes associating a statement with a
     * transaction much more difficult. Pass an engine or connection explicitly instead.
     *
     * @param connectable the engine or connection, or {@code null} to unbind
     */
    public void bind(Connectable connectable) {
        this.bind = connectable;
    }

    /** @return the bound engine or connection, or {@code null} */
    public Connectable bind() {
        return bind;
    }

    /**
     * Adds every table of the default schema that is not defined yet, by reflection (seed 002:
     * query an existing schema without declaring it).
     *
     * @param connectable an engine or a connection
     */
    public void reflect(Connectable connectable) {
        MetaDataReflector.reflect(this, connectable, schema, null, false);
    }

    /**
     * Adds the named tables (and the tables they reference) by reflection.
     *
     * @param connectable an engine or a connection
     * @param only the table names to reflect; each must exist
     */
    public void reflect(Connectable connectable, Collection<String> only) {
        MetaDataReflector.reflect(this, connectable, schema, only, false);
    }

    /**
     * Adds tables of a schema by reflection.
     *
     * @param connectable an engine or a connection
     * @param schemaName the schema to read, or {@code null} for the default
     * @param only the table names to reflect, or {@code null} for all
     * @param views whether to reflect views too
     */
    public void reflect(Connectable connectable, String schemaName, Collection<String> only, boolean views) {
        MetaDataReflector.reflect(this, connectable, schemaName, only, views);
    }

    @Override
    public String toString() {
        return "MetaData" + tables().stream().map(Table::fullName).toList();
    }
}
