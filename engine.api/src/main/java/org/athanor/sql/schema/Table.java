package org.athanor.sql.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.athanor.engine.Connectable;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.CacheKey;
import org.athanor.sql.ColumnClause;
import org.athanor.sql.TableClause;
import org.athanor.sql.ddl.SchemaRunner;
import org.athanor.sql.types.TypeKind;

/**
 * A table of a {@link MetaData}: columns, primary key, foreign keys, unique and check constraints, indexes
 * and a comment. Building it registers it in its metadata:
 *
 * <pre>{@code
 * Table orders = new Table("orders", metadata,
 *         Column.of("id", SqlTypes.INTEGER).primaryKey(),
 *         Column.of("user_id", SqlTypes.INTEGER).notNull().references("users.id", ReferentialAction.CASCADE),
 *         Column.of("total", SqlTypes.numeric(10, 2)),
 *         CheckConstraint.of("ck_orders_total", SQL.column("total").ge(BigDecimal.ZERO)),
 *         Index.on("ix_orders_user", "user_id"),
 *         TableOption.comment("Customer orders"));
 * orders.create(engine);
 * conn.execute(orders.select().where(orders.c("user_id").eq(7)));
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Table extends TableClause {
    private final MetaData metadata;
    private final String comment;
    private final PrimaryKeyConstraint primaryKey;
    private final List<ForeignKeyConstraint> foreignKeys;
    private final List<UniqueConstraint> uniques;
    private final List<CheckConstraint> checks;
    private final List<Index> indexes;
    private final Column<?> autoincrement;

    /**
     * Builds a table and registers it in its metadata.
     *
     * @param name the table name
     * @param metadata the metadata
     * @param elements columns, constraints, indexes and options
     * @throws ArgumentException if the metadata already has a table of this name, or an element names a
     *     column the table does not have
     */
    public Table(String name, MetaData metadata, TableElement... elements) {
        super(name, schemaOf(metadata, elements), columnsOf(elements));
        this.metadata = metadata;
        String c = null;
        PrimaryKeyConstraint pk = null;
        List<ForeignKeyConstraint> fks = new ArrayList<>();
        List<UniqueConstraint> uqs = new ArrayList<>();
        List<CheckConstraint> cks = new ArrayList<>();
        List<Index> ixs = new ArrayList<>();
        for (TableElement e : elements) {
            if (e instanceof TableOption o && o.kind() == TableOption.Kind.COMMENT) {
                c = o.value();
            } else if (e instanceof PrimaryKeyConstraint p) {
                pk = p;
            } else if (e instanceof ForeignKeyConstraint f) {
                fks.add(f);
            } else if (e instanceof UniqueConstraint u) {
                uqs.add(u);
            } else if (e instanceof CheckConstraint k) {
                cks.add(k);
            } else if (e instanceof Index i) {
                ixs.add(i);
            }
        }
        List<String> pkColumns = new ArrayList<>();
        for (Column<?> col : schemaColumns()) {
            if (col.foreignKeys() != null) {
                for (ForeignKey fk : col.foreignKeys()) {
                    fks.add(ForeignKeyConstraint.fromColumn(col.name(), fk));
                }
            }
            if (col.isUnique()) {
                uqs.add(UniqueConstraint.of(col.name()));
            }
            if (col.isIndexed()) {
                ixs.add(Index.on("ix_" + name + "_" + col.name(), col.name()));
            }
            if (columnMarkedPrimary(col)) {
                pkColumns.add(col.name());
            }
        }
        if (pk != null && !pkColumns.isEmpty() && !pk.columnNames().equals(pkColumns)) {
            throw new ArgumentException("Table '" + name + "' has a PrimaryKeyConstraint " + pk.columnNames()
                    + " and columns marked primaryKey() " + pkColumns + "; use one or the other.");
        }
        this.primaryKey = pk != null ? pk : pkColumns.isEmpty() ? null
                : PrimaryKeyConstraint.of(pkColumns.toArray(String[]::new));
        this.comment = c;
        this.foreignKeys = List.copyOf(fks);
        this.uniques = List.copyOf(uqs);
        this.checks = List.copyOf(cks);
        this.indexes = List.copyOf(ixs);
        checkColumns();
        this.autoincrement = findAutoincrement();
        metadata.register(this);
    }

    private static boolean columnMarkedPrimary(Column<?> col) {
        return col.isPrimaryKey();
    }

    private static String schemaOf(MetaData metadata, TableElement[] elements) {
        if (metadata == null) {
            throw new ArgumentException("A table needs a MetaData; create one with new MetaData().");
        }
        for (TableElement e : elements) {
            if (e instanceof TableOption o && o.kind() == TableOption.Kind.SCHEMA) {
                return o.value();
            }
        }
        return metadata.schema();
    }

    private static List<Column<?>> columnsOf(TableElement[] elements) {
        List<Column<?>> cols = new ArrayList<>();
        for (TableElement e : elements) {
            if (e instanceof Column<?> c) {
                if (c.table() != null) {
                    throw new ArgumentException("Column '" + c.name() + "' already belongs to " + c.table()
                            .description() + "; declare a new Column for this table.");
                }
                cols.add(c);
            } else if (e == null) {
                throw new ArgumentException("A table element is null.");
            }
        }
        return cols;
    }

    private void checkColumns() {
        List<List<String>> named = new ArrayList<>();
        if (primaryKey != null) {
            named.add(primaryKey.columnNames());
        }
        for (ForeignKeyConstraint f : foreignKeys) {
            named.add(f.columnNames());
        }
        for (UniqueConstraint u : uniques) {
            named.add(u.columnNames());
        }
        for (Index i : indexes) {
            named.add(i.columnNames());
        }
        for (List<String> names : named) {
            for (String n : names) {
                c(n);
            }
        }
    }

    private Column<?> findAutoincrement() {
        for (Column<?> c : schemaColumns()) {
            if (Boolean.TRUE.equals(c.autoincrementSetting())) {
                return c;
            }
        }
        if (primaryKey == null || primaryKey.columnNames().size() != 1) {
            return null;
        }
        Column<?> c = c(primaryKey.columnNames().get(0));
        boolean referencing = false;
        for (ForeignKeyConstraint f : foreignKeys) {
            referencing |= f.columnNames().contains(c.name());
        }
        if (c.autoincrementSetting() == null && c.type().kind() == TypeKind.INTEGER && c.clientDefault() == null
                && c.serverDefault() == null && c.sequence() == null && !referencing) {
            return c;
        }
        return null;
    }

    // ------------------------------------------------------------------ columns

    @Override
    @SuppressWarnings("unchecked")
    public Column<Object> c(String name) {
        return (Column<Object>) super.c(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Column<Object> c(int index) {
        return (Column<Object>) super.c(index);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Column<T> c(String name, Class<T> javaType) {
        return (Column<T>) super.c(name, javaType);
    }

    /**
     * Returns the bound column of a detached declaration, typed like it.
     *
     * @param declared a column declared with {@code Column.of(...)} and given to this table
     * @param <T> its Java class
     * @return the table's column of that name
     */
    @SuppressWarnings("unchecked")
    public <T> Column<T> c(Column<T> declared) {
        return (Column<T>) super.c(declared.name());
    }

    /** @return the columns as schema columns */
    public List<Column<?>> schemaColumns() {
        List<Column<?>> out = new ArrayList<>();
        for (ColumnClause<?> c : columns()) {
            out.add((Column<?>) c);
        }
        return out;
    }

    // ------------------------------------------------------------------ keys and constraints

    /** @return the metadata */
    public MetaData metadata() {
        return metadata;
    }

    /** @return the comment, or {@code null} */
    public String comment() {
        return comment;
    }

    /** @return the primary key, or {@code null} if the table has none */
    public PrimaryKeyConstraint primaryKey() {
        return primaryKey;
    }

    /** @return whether the table has a primary key */
    public boolean hasPrimaryKey() {
        return primaryKey != null;
    }

    @Override
    public List<Column<?>> primaryKeyColumns() {
        List<Column<?>> out = new ArrayList<>();
        if (primaryKey != null) {
            for (String n : primaryKey.columnNames()) {
                out.add(c(n));
            }
        }
        return out;
    }

    /** @return the column the database generates values for on INSERT, or {@code null} */
    public Column<?> autoincrementColumn() {
        return autoincrement;
    }

    /** @return the foreign keys */
    public List<ForeignKeyConstraint> foreignKeyConstraints() {
        return foreignKeys;
    }

    /** @return the unique constraints */
    public List<UniqueConstraint> uniqueConstraints() {
        return uniques;
    }

    /** @return the check constraints */
    public List<CheckConstraint> checkConstraints() {
        return checks;
    }

    /** @return the indexes */
    public List<Index> indexes() {
        return indexes;
    }

    /** @return the sequences its columns use */
    public Set<Sequence> sequences() {
        Set<Sequence> s = new LinkedHashSet<>();
        for (Column<?> c : schemaColumns()) {
            if (c.sequence() != null) {
                s.add(c.sequence());
            }
        }
        return s;
    }

    /** @return the names of the tables this one references through foreign keys (other than itself) */
    public Set<String> referencedTables() {
        Set<String> s = new LinkedHashSet<>();
        for (ForeignKeyConstraint f : foreignKeys) {
            String key = MetaData.key(f.targetSchema() != null ? f.targetSchema() : schema(), f.targetTable());
            if (!key.equals(MetaData.key(schema(), name()))) {
                s.add(key);
            }
        }
        return s;
    }

    @Override
    public Connectable bind() {
        return metadata.bind();
    }

    // ------------------------------------------------------------------ DDL

    /**
     * Creates the table (and its indexes, comments and sequences) through an engine or a connection (seed
     * 003: {@code table.create(engine)}, {@code table.drop(connection)}).
     *
     * @param connectable an engine or a connection
     */
    public void create(Connectable connectable) {
        SchemaRunner.create(List.of(this), connectable, false);
    }

    /**
     * Creates the table unless it exists.
     *
     * @param connectable an engine or a connection
     * @param checkFirst whether to check for the table first
     */
    public void create(Connectable connectable, boolean checkFirst) {
        SchemaRunner.create(List.of(this), connectable, checkFirst);
    }

    /**
     * Drops the table.
     *
     * @param connectable an engine or a connection
     */
    public void drop(Connectable connectable) {
        SchemaRunner.drop(List.of(this), connectable, false);
    }

    /**
     * Drops the table if it exists.
     *
     * @param connectable an engine or a connection
     * @param checkFirst whether to check for the table first
     */
    public void drop(Connectable connectable, boolean checkFirst) {
        SchemaRunner.drop(List.of(this), connectable, checkFirst);
    }

    /**
     * Tells whether the table exists in the database.
     *
     * @param connectable an engine or a connection
     * @return whether it exists
     */
    public boolean exists(Connectable connectable) {
        return SchemaRunner.exists(this, connectable);
    }

    /**
     * Builds a table from the database's description of it (autoload) and registers it in the metadata;
     * tables it references are reflected too.
     *
     * @param name the table name
     * @param metadata the metadata
     * @param connectable an engine or a connection
     * @return the table
     * @throws org.athanor.exc.NoSuchTableException if the database has no such table
     */
    public static Table autoload(String name, MetaData metadata, Connectable connectable) {
        return org.athanor.reflection.MetaDataReflector.reflectTable(metadata, connectable, null, name);
    }

    @Override
    protected void appendReferenceKey(CacheKey.Builder key) {
        key.token(this);
    }

    @Override
    public String toString() {
        return "Table(" + fullName() + ")";
    }
}
