package org.athanor.reflection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.athanor.engine.Connectable;
import org.athanor.exc.NoSuchTableException;
import org.athanor.sql.SQL;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.ForeignKeyConstraint;
import org.athanor.sql.schema.Index;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.PrimaryKeyConstraint;
import org.athanor.sql.schema.Table;
import org.athanor.sql.schema.TableElement;
import org.athanor.sql.schema.TableOption;
import org.athanor.sql.schema.UniqueConstraint;

/**
 * Builds {@link Table}s from an {@link Inspector}'s descriptions: what {@code metadata.reflect(engine)} and
 * {@code Table.autoload(...)} do. Tables that reflected foreign keys reference are reflected too, so joins
 * between reflected tables find their conditions.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class MetaDataReflector {
    private MetaDataReflector() {
    }

    /**
     * Reflects tables into a metadata, skipping those it already has.
     *
     * @param metadata the metadata
     * @param connectable an engine or a connection
     * @param schema the schema, or {@code null} for the default
     * @param only the table names to reflect, or {@code null} for all
     * @param views whether to reflect views too (when {@code only} is {@code null})
     * @throws NoSuchTableException if a name in {@code only} is not in the database
     */
    public static void reflect(MetaData metadata, Connectable connectable, String schema, Collection<String> only,
            boolean views) {
        Inspector inspector = Inspector.of(connectable);
        List<String> available = new ArrayList<>(inspector.tableNames(schema));
        if (views || only != null) {
            available.addAll(inspector.viewNames(schema));
        }
        List<String> names;
        if (only == null) {
            names = views ? available : inspector.tableNames(schema);
        } else {
            List<String> missing = new ArrayList<>();
            for (String n : only) {
                if (!available.contains(n)) {
                    missing.add(n);
                }
            }
            if (!missing.isEmpty()) {
                throw new NoSuchTableException("Could not reflect " + missing + ": the database has no such"
                        + " table" + (schema == null ? "" : " in schema '" + schema + "'") + ". It has " + available
                        + ".");
            }
            names = new ArrayList<>(only);
        }
        for (String n : names) {
            if (metadata.findTable(schema, n).isEmpty()) {
                build(metadata, inspector, schema, n);
            }
        }
    }

    /**
     * Reflects one table (autoload).
     *
     * @param metadata the metadata to add it to
     * @param connectable an engine or a connection
     * @param schema the schema, or {@code null}
     * @param name the table name
     * @return the table (the metadata's existing one if it has it)
     * @throws NoSuchTableException if the database has no such table
     */
    public static Table reflectTable(MetaData metadata, Connectable connectable, String schema, String name) {
        Table existing = metadata.findTable(schema, name).orElse(null);
        if (existing != null) {
            return existing;
        }
        Inspector inspector = Inspector.of(connectable);
        if (!inspector.hasTable(name, schema)) {
            throw new NoSuchTableException("The database has no table '" + name + "'"
                    + (schema == null ? "" : " in schema '" + schema + "'") + "; it has "
                    + inspector.tableNames(schema) + ".");
        }
        return build(metadata, inspector, schema, name);
    }

    private static Table build(MetaData metadata, Inspector inspector, String schema, String name) {
        List<TableElement> elements = new ArrayList<>();
        if (schema != null && !schema.equals(metadata.schema())) {
            elements.add(TableOption.schema(schema));
        }
        for (ReflectedColumn rc : inspector.columns(name, schema)) {
            Column<?> c = Column.of(rc.name(), rc.type()).nullable(rc.nullable()).autoincrement(rc.autoincrement());
            if (rc.defaultSql() != null && !rc.autoincrement()) {
                c = c.serverDefault(SQL.literalColumn(rc.defaultSql()));
            }
            if (rc.comment() != null) {
                c = c.comment(rc.comment());
            }
            elements.add(c);
        }
        ReflectedPrimaryKey pk = inspector.primaryKey(name, schema);
        if (!pk.columns().isEmpty()) {
            elements.add(PrimaryKeyConstraint.named(pk.name(), pk.columns().toArray(String[]::new)));
        }
        List<ReflectedForeignKey> fks = inspector.foreignKeys(name, schema);
        for (ReflectedForeignKey fk : fks) {
            elements.add(ForeignKeyConstraint.of(fk.name(), fk.columns(), fk.referredSchema() != null
                    ? fk.referredSchema() : schema, fk.referredTable(), fk.referredColumns())
                    .onDelete(fk.onDelete()).onUpdate(fk.onUpdate()));
        }
        for (ReflectedUniqueConstraint u : inspector.uniqueConstraints(name, schema)) {
            elements.add(UniqueConstraint.named(u.name(), u.columns().toArray(String[]::new)));
        }
        for (ReflectedIndex ix : inspector.indexes(name, schema)) {
            Index index = Index.on(ix.name(), ix.columns().toArray(String[]::new));
            elements.add(ix.unique() ? index.unique() : index);
        }
        inspector.tableComment(name, schema).ifPresent(c -> elements.add(TableOption.comment(c)));
        Table table = new Table(name, metadata, elements.toArray(TableElement[]::new));
        for (ReflectedForeignKey fk : fks) {
            String refSchema = fk.referredSchema() != null ? fk.referredSchema() : schema;
            if (metadata.findTable(refSchema, fk.referredTable()).isEmpty()
                    && inspector.hasTable(fk.referredTable(), refSchema)) {
                build(metadata, inspector, refSchema, fk.referredTable());
            }
        }
        return table;
    }
}
