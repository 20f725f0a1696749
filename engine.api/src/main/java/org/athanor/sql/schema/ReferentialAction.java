package org.athanor.sql.schema;

/**
 * What a foreign key does when the referenced row is deleted or its key updated (ON DELETE / ON UPDATE).
 *
 * <p>Thread-safe (an enum).
 */
public enum ReferentialAction {
    /** Delete or update the referencing rows too. */
    CASCADE("CASCADE"),
    /** Set the referencing columns to NULL. */
    SET_NULL("SET NULL"),
    /** Set the referencing columns to their defaults. */
    SET_DEFAULT("SET DEFAULT"),
    /** Refuse at once. */
    RESTRICT("RESTRICT"),
    /** Refuse at the end of the statement (the default). */
    NO_ACTION("NO ACTION");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** @return the SQL words */
    public String sql() {
        return sql;
    }

    /**
     * Parses the SQL words (as reflection reports them), ignoring case.
     *
     * @param text the words, such as {@code SET NULL}
     * @return the action, or {@code null} for none or unknown text
     */
    public static ReferentialAction parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace('_', ' ');
        for (ReferentialAction a : values()) {
            if (a.sql.equals(t)) {
                return a;
            }
        }
        return null;
    }
}
