package org.athanor.dialect.sqlite.sql;

import org.athanor.dialect.Dialect;
import org.athanor.sql.compiler.DdlCompiler;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.Index;
import org.athanor.sql.schema.Table;

/**
 * SQLite's DDL compiler: an autoincrement (or identity) primary key is written
 * {@code id INTEGER NOT NULL PRIMARY KEY}, which makes it an alias of the rowid, so SQLite assigns it on
 * INSERT (any integer type is written INTEGER there, as only that exact name aliases the rowid); an index of
 * a table in an attached schema is qualified by the schema, the table is not.
 *
 * <p>Immutable and thread-safe.
 */
public class SQLiteDdlCompiler extends DdlCompiler {

    /**
     * Creates the compiler.
     *
     * @param dialect the dialect
     */
    public SQLiteDdlCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected boolean inlinePrimaryKey(Table table, Column<?> column) {
        return (column.isAutoincrement() || column.isIdentity()) && table.primaryKeyColumns().size() == 1
                && column.isPrimaryKey();
    }

    @Override
    protected String columnType(Table table, Column<?> column) {
        return inlinePrimaryKey(table, column) ? "INTEGER" : super.columnType(table, column);
    }

    @Override
    protected String identityClause(Table table, Column<?> column) {
        return "";
    }

    @Override
    protected String createIndex(Table table, Index index) {
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX "
                + preparer.qualified(table.schema(), index.name()) + " ON " + preparer.quote(table.name()) + " ("
                + columnList(index.columnNames()) + ")";
    }
}
