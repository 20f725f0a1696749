package org.athanor.dialect.sqlite.sql;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.athanor.dialect.Dialect;
import org.athanor.engine.ValueProcessor;
import org.athanor.sql.compiler.TypeCompiler;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.ValueConversions;

/**
 * SQLite's type compiler. SQLite stores any value in any column and derives a column's affinity from its
 * declared type's name, so the ANSI names are kept (they give the right affinities and read back as the
 * same Athanor types), except {@code DATETIME} for timestamps, as SQLAlchemy writes. Dates and times are
 * stored as ISO-8601 text ({@code 2024-02-29}, {@code 13:45:30.000000}, {@code 2024-02-29 13:45:30.000000};
 * a timestamp with a time zone in UTC), so they sort and SQLite's date functions read them.
 *
 * <p>Immutable and thread-safe.
 */
public class SQLiteTypeCompiler extends TypeCompiler {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    /**
     * Creates the type compiler.
     *
     * @param dialect the dialect
     */
    public SQLiteTypeCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String nameDateTime(boolean timezone) {
        return timezone ? "TIMESTAMP WITH TIME ZONE" : "DATETIME";
    }

    @Override
    public ValueProcessor bindProcessor(SqlType<?> type) {
        return switch (type.kind()) {
            case DATE -> value -> value instanceof LocalDate d ? d.toString() : value;
            case TIME -> value -> value instanceof LocalTime t ? TIME.format(t) : value;
            case DATETIME -> ValueConversions::dateTimeAsText;
            default -> super.bindProcessor(type);
        };
    }
}
