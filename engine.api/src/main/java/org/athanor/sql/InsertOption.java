package org.athanor.sql;

/**
 * A clause an INSERT carries after its rows that changes what happens to them, such as the upserts of
 * {@link org.athanor.sql.upsert}: {@code insert.withOption(OnConflict.on("id").doNothing())}. The INSERT
 * itself stays the same for every database; each dialect's statement compiler renders the options it knows
 * and refuses the others with an {@link org.athanor.exc.UnsupportedCompilationException}, so one statement
 * either compiles to what the database does or fails before it reaches the database.
 *
 * <p>Third-party dialects may define options of their own by subclassing this class and rendering them in
 * their {@code StatementCompiler.insertOption} override.
 *
 * <p>Immutable and thread-safe; subclasses must stay so.
 */
public abstract class InsertOption extends ClauseElement {

    /** Creates an option. */
    protected InsertOption() {
    }

    /**
     * Returns this option checked against and typed for the table of the INSERT it is given to: column
     * names are looked up (an unknown one fails at once) and plain values become bind parameters of their
     * column's type. Called by {@link Insert#withOption}; the default returns the option unchanged.
     *
     * @param table the INSERT's target table
     * @return the option to keep
     * @throws org.athanor.exc.NoSuchColumnException if the option names a column the table lacks
     */
    protected InsertOption forTable(TableClause table) {
        return this;
    }

    /**
     * Describes the option for messages, such as {@code ON CONFLICT DO NOTHING}.
     *
     * @return the description
     */
    public abstract String description();

    @Override
    public final void accept(SqlVisitor visitor) {
        visitor.visitInsertOption(this);
    }

    /** @return the description: an option renders only as part of its INSERT */
    @Override
    public String toString() {
        return description();
    }
}
