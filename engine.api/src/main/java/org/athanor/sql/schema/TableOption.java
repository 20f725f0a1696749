package org.athanor.sql.schema;

/**
 * A table-level setting given to a {@link Table} among its columns: its schema or its comment.
 *
 * <pre>{@code new Table("users", metadata, TableOption.schema("app"), TableOption.comment("People"), ...)}</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind which setting
 * @param value its value
 */
public record TableOption(Kind kind, String value) implements TableElement {

    /** The settings. */
    public enum Kind {
        /** The schema the table lives in. */
        SCHEMA,
        /** The table's comment. */
        COMMENT
    }

    /**
     * Places the table in a schema.
     *
     * @param schema the schema
     * @return the option
     */
    public static TableOption schema(String schema) {
        return new TableOption(Kind.SCHEMA, schema);
    }

    /**
     * Gives the table a comment (COMMENT ON TABLE, or MySQL's COMMENT=).
     *
     * @param comment the comment
     * @return the option
     */
    public static TableOption comment(String comment) {
        return new TableOption(Kind.COMMENT, comment);
    }
}
