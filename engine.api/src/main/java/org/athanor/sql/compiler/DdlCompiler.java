package org.athanor.sql.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.engine.StatementKind;
import org.athanor.exc.CompileException;
import org.athanor.exc.UnsupportedCompilationException;
import org.athanor.sql.ddl.CommentOn;
import org.athanor.sql.ddl.CreateIndex;
import org.athanor.sql.ddl.CreateSequence;
import org.athanor.sql.ddl.CreateTable;
import org.athanor.sql.ddl.DdlElement;
import org.athanor.sql.ddl.DropIndex;
import org.athanor.sql.ddl.DropSequence;
import org.athanor.sql.ddl.DropTable;
import org.athanor.sql.schema.CheckConstraint;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.ForeignKeyConstraint;
import org.athanor.sql.schema.Index;
import org.athanor.sql.schema.PrimaryKeyConstraint;
import org.athanor.sql.schema.Sequence;
import org.athanor.sql.schema.Table;
import org.athanor.sql.schema.UniqueConstraint;

/**
 * The DDL compiler (seed 003's SchemaGenerator half that writes SQL): renders CREATE / DROP TABLE, indexes,
 * sequences and comments for one database, and lists the statements that create or drop a table. This
 * class renders generic SQL; dialect kits override the hooks — {@link #columnType}, {@link #autoincrementClause},
 * {@link #inlinePrimaryKey}, {@link #tableSuffix}, {@link #inlineColumnComment}, {@link #dropIndex} and the
 * rest.
 *
 * <p>Stateless apart from its dialect, and thread-safe.
 */
public class DdlCompiler {
    /** The dialect compiled for. */
    protected final Dialect dialect;
    /** Its identifier preparer. */
    protected final IdentifierPreparer preparer;
    /** Its type compiler. */
    protected final TypeCompiler types;

    /**
     * Creates a DDL compiler.
     *
     * @param dialect the dialect
     */
    public DdlCompiler(Dialect dialect) {
        this.dialect = dialect;
        this.preparer = dialect.identifierPreparer();
        this.types = dialect.typeCompiler();
    }

    /**
     * Compiles a DDL element.
     *
     * @param element the element
     * @return the compiled form, of kind DDL, without parameters
     */
    public Compiled compile(DdlElement element) {
        String text = sql(element);
        return new Compiled() {
            @Override
            public String sql() {
                return text;
            }

            @Override
            public StatementKind kind() {
                return StatementKind.DDL;
            }

            @Override
            public boolean returnsRows() {
                return false;
            }

            @Override
            public List<String> parameterNames() {
                return List.of();
            }

            @Override
            public List<Object> bind(Map<String, ?> parameters) {
                return List.of();
            }

            @Override
            public String toString() {
                return text;
            }
        };
    }

    /**
     * Renders a DDL element.
     *
     * @param element the element
     * @return the SQL
     */
    public String sql(DdlElement element) {
        if (element instanceof CreateTable c) {
            return createTable(c.table());
        }
        if (element instanceof DropTable d) {
            return dropTable(d.table());
        }
        if (element instanceof CreateIndex c) {
            return createIndex(c.table(), c.index());
        }
        if (element instanceof DropIndex d) {
            return dropIndex(d.table(), d.index());
        }
        if (element instanceof CreateSequence c) {
            return createSequence(c.sequence());
        }
        if (element instanceof DropSequence d) {
            return dropSequence(d.sequence());
        }
        if (element instanceof CommentOn c) {
            return commentOn(c);
        }
        throw new CompileException("No DDL rendering for " + element.getClass().getName() + ".");
    }

    /**
     * Lists the statements that create a table: CREATE TABLE, then COMMENT statements where comments are
     * separate, then CREATE INDEX.
     *
     * @param table the table
     * @return the statements, in order
     */
    public List<DdlElement> createStatements(Table table) {
        List<DdlElement> out = new ArrayList<>();
        out.add(new CreateTable(table));
        if (separateComments()) {
            if (table.comment() != null) {
                out.add(new CommentOn(table));
            }
            for (Column<?> c : table.schemaColumns()) {
                if (c.comment() != null) {
                    out.add(new CommentOn(c));
                }
            }
        }
        for (Index i : table.indexes()) {
            out.add(new CreateIndex(table, i));
        }
        return out;
    }

    /**
     * Lists the statements that drop a table (its indexes go with it).
     *
     * @param table the table
     * @return the statements
     */
    public List<DdlElement> dropStatements(Table table) {
        return List.of(new DropTable(table));
    }

    /** @return whether comments are set by COMMENT ON statements (the database has comments, not inline) */
    protected boolean separateComments() {
        return dialect.capabilities().has(Capabilities.Feature.COMMENTS) && !inlineComments();
    }

    /** @return whether comments are written inside CREATE TABLE (MySQL) */
    protected boolean inlineComments() {
        return false;
    }

    // ------------------------------------------------------------------ CREATE TABLE

    /**
     * Renders CREATE TABLE.
     *
     * @param table the table
     * @return the SQL
     */
    protected String createTable(Table table) {
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(preparer.formatTable(table)).append(" (");
        List<String> parts = new ArrayList<>();
        for (Column<?> c : table.schemaColumns()) {
            parts.add(columnSpecification(table, c));
        }
        PrimaryKeyConstraint pk = table.primaryKey();
        boolean inlinePk = pk != null && pk.columnNames().size() == 1
                && inlinePrimaryKey(table, table.c(pk.columnNames().get(0)));
        if (pk != null && !inlinePk) {
            parts.add(constraintName(pk.name()) + "PRIMARY KEY (" + columnList(pk.columnNames()) + ")");
        }
        for (ForeignKeyConstraint fk : table.foreignKeyConstraints()) {
            parts.add(foreignKey(table, fk));
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            parts.add(constraintName(u.name()) + "UNIQUE (" + columnList(u.columnNames()) + ")");
        }
        for (CheckConstraint ck : table.checkConstraints()) {
            parts.add(constraintName(ck.name()) + "CHECK (" + inline(ck.condition()) + ")");
        }
        sb.append(String.join(", ", parts)).append(')').append(tableSuffix(table));
        return sb.toString();
    }

    /**
     * Renders one column: name, type, default, NOT NULL, autoincrement, and (where inline) primary key and
     * comment.
     *
     * @param table the table
     * @param column the column
     * @return the SQL
     */
    protected String columnSpecification(Table table, Column<?> column) {
        StringBuilder sb = new StringBuilder(preparer.quote(column.name())).append(' ')
                .append(columnType(table, column));
        if (column.serverDefault() != null) {
            sb.append(" DEFAULT ").append(inline(column.serverDefault()));
        }
        boolean identity = rendersAsIdentity(table, column);
        if (identity) {
            sb.append(identityClause(table, column));
        }
        if (!column.isNullable()) {
            sb.append(" NOT NULL");
        }
        if (!identity && column.isAutoincrement()) {
            sb.append(autoincrementClause(table, column));
        }
        if (inlinePrimaryKey(table, column)) {
            sb.append(" PRIMARY KEY");
        }
        if (inlineComments() && column.comment() != null) {
            sb.append(" COMMENT ").append(literal(column.comment()));
        }
        return sb.toString();
    }

    /**
     * Returns a column's type in CREATE TABLE (PostgreSQL renders SERIAL for autoincrement columns).
     *
     * @param table the table
     * @param column the column
     * @return the type name
     */
    protected String columnType(Table table, Column<?> column) {
        return types.ddlName(column.type());
    }

    /**
     * Returns what makes an autoincrement column generate values (nothing generically).
     *
     * @param table the table
     * @param column the column
     * @return the clause, with a leading space, or empty
     */
    protected String autoincrementClause(Table table, Column<?> column) {
        return "";
    }

    /**
     * Tells whether a column is written as an identity column (by default, when declared
     * {@code identity()}; Oracle also writes autoincrement columns so).
     *
     * @param table the table
     * @param column the column
     * @return whether it gets the identity clause
     */
    protected boolean rendersAsIdentity(Table table, Column<?> column) {
        return column.isIdentity();
    }

    /**
     * Returns the clause of an identity column ({@code GENERATED BY DEFAULT AS IDENTITY} where supported,
     * otherwise the autoincrement clause).
     *
     * @param table the table
     * @param column the column
     * @return the clause, with a leading space
     */
    protected String identityClause(Table table, Column<?> column) {
        if (dialect.capabilities().has(Capabilities.Feature.IDENTITY_COLUMNS)) {
            return " GENERATED BY DEFAULT AS IDENTITY";
        }
        return autoincrementClause(table, column);
    }

    /**
     * Tells whether a single-column primary key is written on the column (SQLite's INTEGER PRIMARY KEY)
     * rather than as a table constraint.
     *
     * @param table the table
     * @param column the column
     * @return whether inline
     */
    protected boolean inlinePrimaryKey(Table table, Column<?> column) {
        return false;
    }

    /**
     * Renders a foreign key constraint.
     *
     * @param table the table
     * @param fk the constraint
     * @return the SQL
     */
    protected String foreignKey(Table table, ForeignKeyConstraint fk) {
        String targetSchema = fk.targetSchema() != null ? fk.targetSchema() : table.schema();
        StringBuilder sb = new StringBuilder(constraintName(fk.name())).append("FOREIGN KEY (")
                .append(columnList(fk.columnNames())).append(") REFERENCES ")
                .append(preparer.qualified(targetSchema, fk.targetTable())).append(" (")
                .append(columnList(fk.targetColumns())).append(')');
        if (fk.onDelete() != null) {
            sb.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != null) {
            sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        return sb.toString();
    }

    /**
     * Returns {@code CONSTRAINT name } for a named constraint, or nothing.
     *
     * @param name the name, or {@code null}
     * @return the prefix
     */
    protected String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + preparer.quote(name) + " ";
    }

    /**
     * Returns what follows the closing parenthesis of CREATE TABLE (MySQL's {@code COMMENT=...}).
     *
     * @param table the table
     * @return the suffix, with a leading space, or empty
     */
    protected String tableSuffix(Table table) {
        return "";
    }

    /**
     * Renders column names separated by commas.
     *
     * @param names the names
     * @return the list
     */
    protected String columnList(List<String> names) {
        List<String> q = new ArrayList<>();
        for (String n : names) {
            q.add(preparer.quote(n));
        }
        return String.join(", ", q);
    }

    /**
     * Renders an expression with its values as literals.
     *
     * @param expression the expression
     * @return the SQL
     */
    protected String inline(org.athanor.sql.ClauseElement expression) {
        return dialect.statementCompiler().renderInline(expression);
    }

    /**
     * Renders a string literal.
     *
     * @param text the text
     * @return the quoted literal
     */
    protected String literal(String text) {
        return dialect.statementCompiler().literalString(text);
    }

    /**
     * Fails unless the dialect has a feature.
     *
     * @param feature the feature
     * @param what what needs it, for the message
     * @throws UnsupportedCompilationException if the dialect lacks it
     */
    protected void requireFeature(Capabilities.Feature feature, String what) {
        if (!dialect.capabilities().has(feature)) {
            throw new UnsupportedCompilationException(what + " are not supported by dialect " + dialect.name()
                    + " (server " + dialect.serverVersion() + ").");
        }
    }

    // ------------------------------------------------------------------ other statements

    /**
     * Renders DROP TABLE.
     *
     * @param table the table
     * @return the SQL
     */
    protected String dropTable(Table table) {
        return "DROP TABLE " + preparer.formatTable(table);
    }

    /**
     * Renders CREATE INDEX.
     *
     * @param table the table
     * @param index the index
     * @return the SQL
     */
    protected String createIndex(Table table, Index index) {
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX "
                + preparer.qualified(indexSchema(table), index.name()) + " ON " + preparer.formatTable(table) + " ("
                + columnList(index.columnNames()) + ")";
    }

    /**
     * Returns the schema an index name is qualified with in CREATE INDEX (none generically: the index goes
     * with its table).
     *
     * @param table the table
     * @return the schema, or {@code null}
     */
    protected String indexSchema(Table table) {
        return null;
    }

    /**
     * Renders DROP INDEX.
     *
     * @param table the table
     * @param index the index
     * @return the SQL
     */
    protected String dropIndex(Table table, Index index) {
        return "DROP INDEX " + preparer.qualified(table.schema(), index.name());
    }

    /**
     * Renders CREATE SEQUENCE.
     *
     * @param sequence the sequence
     * @return the SQL
     */
    protected String createSequence(Sequence sequence) {
        requireFeature(Capabilities.Feature.SEQUENCES, "Sequences");
        StringBuilder sb = new StringBuilder("CREATE SEQUENCE ")
                .append(preparer.qualified(sequence.schema(), sequence.name()));
        if (sequence.startValue() != null) {
            sb.append(" START WITH ").append(sequence.startValue());
        }
        if (sequence.incrementValue() != null) {
            sb.append(" INCREMENT BY ").append(sequence.incrementValue());
        }
        return sb.toString();
    }

    /**
     * Renders DROP SEQUENCE.
     *
     * @param sequence the sequence
     * @return the SQL
     */
    protected String dropSequence(Sequence sequence) {
        requireFeature(Capabilities.Feature.SEQUENCES, "Sequences");
        return "DROP SEQUENCE " + preparer.qualified(sequence.schema(), sequence.name());
    }

    /**
     * Renders COMMENT ON TABLE / COLUMN.
     *
     * @param comment the element
     * @return the SQL
     */
    protected String commentOn(CommentOn comment) {
        requireFeature(Capabilities.Feature.COMMENTS, "Comments");
        Table t = comment.table();
        if (comment.column() == null) {
            return "COMMENT ON TABLE " + preparer.formatTable(t) + " IS " + literal(t.comment());
        }
        return "COMMENT ON COLUMN " + preparer.formatTable(t) + "." + preparer.quote(comment.column().name())
                + " IS " + literal(comment.column().comment());
    }
}
