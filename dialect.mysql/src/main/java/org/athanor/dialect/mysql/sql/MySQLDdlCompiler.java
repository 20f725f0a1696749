package org.athanor.dialect.mysql.sql;

import org.athanor.dialect.Dialect;
import org.athanor.sql.compiler.DdlCompiler;
import org.athanor.sql.ddl.CommentOn;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.Index;
import org.athanor.sql.schema.Table;

/**
 * The DDL compiler of MySQL and MariaDB: {@code AUTO_INCREMENT}, comments written inside CREATE TABLE
 * ({@code COMMENT '...'} on columns, {@code COMMENT='...'} on the table) or set later with ALTER TABLE,
 * {@code DROP INDEX name ON table}.
 *
 * <p>Immutable and thread-safe.
 */
public class MySQLDdlCompiler extends DdlCompiler {

    /**
     * Creates the compiler.
     *
     * @param dialect the dialect
     */
    public MySQLDdlCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected boolean inlineComments() {
        return true;
    }

    @Override
    protected String autoincrementClause(Table table, Column<?> column) {
        return " AUTO_INCREMENT";
    }

    @Override
    protected String tableSuffix(Table table) {
        return table.comment() == null ? "" : " COMMENT=" + literal(table.comment());
    }

    /**
     * Sets a comment the MySQL way: {@code ALTER TABLE t COMMENT = '...'}, or for a column
     * {@code ALTER TABLE t MODIFY COLUMN} with its whole definition.
     */
    @Override
    protected String commentOn(CommentOn comment) {
        Table t = comment.table();
        if (comment.column() == null) {
            return "ALTER TABLE " + preparer.formatTable(t) + " COMMENT = " + literal(t.comment());
        }
        return "ALTER TABLE " + preparer.formatTable(t) + " MODIFY COLUMN " + columnSpecification(t, comment.column());
    }

    @Override
    protected String dropIndex(Table table, Index index) {
        return "DROP INDEX " + preparer.quote(index.name()) + " ON " + preparer.formatTable(table);
    }
}
