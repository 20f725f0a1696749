package org.athanor.sql.types;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * A date or time type: DATE ({@code LocalDate}), TIME ({@code LocalTime}), TIMESTAMP without a time zone
 * ({@code LocalDateTime}) or with one ({@code OffsetDateTime}). Values are bound as {@code java.time}
 * objects, which JDBC 4.2 drivers accept; a dialect whose database lacks the types (SQLite) binds text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the {@code java.time} class
 */
public final class TemporalType<T> extends SqlType<T> {
    private final TypeKind kind;
    private final boolean timezone;
    private final Class<T> javaType;

    private TemporalType(TypeKind kind, boolean timezone, Class<T> javaType) {
        this.kind = kind;
        this.timezone = timezone;
        this.javaType = javaType;
    }

    static TemporalType<LocalDate> date() {
        return new TemporalType<>(TypeKind.DATE, false, LocalDate.class);
    }

    static TemporalType<LocalTime> time() {
        return new TemporalType<>(TypeKind.TIME, false, LocalTime.class);
    }

    static TemporalType<LocalDateTime> dateTime() {
        return new TemporalType<>(TypeKind.DATETIME, false, LocalDateTime.class);
    }

    static TemporalType<OffsetDateTime> dateTimeWithZone() {
        return new TemporalType<>(TypeKind.DATETIME, true, OffsetDateTime.class);
    }

    /** @return whether the type carries a time zone (TIMESTAMP WITH TIME ZONE) */
    public boolean timezone() {
        return timezone;
    }

    @Override
    public TypeKind kind() {
        return kind;
    }

    @Override
    public Class<T> javaType() {
        return javaType;
    }

    @Override
    protected Object[] parameters() {
        return new Object[] {kind, timezone};
    }

    @Override
    public String toString() {
        return switch (kind) {
            case DATE -> "DATE";
            case TIME -> "TIME";
            default -> timezone ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
        };
    }
}
