package org.athanor.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.athanor.exc.ConversionException;
import org.athanor.sql.compiler.GenericDialect;
import org.junit.jupiter.api.Test;

class ValueConversionsTest {

    @Test
    void numbersConvertBetweenClassesWithinRange() {
        assertThat(ValueConversions.convert(7L, Integer.class)).isEqualTo(7);
        assertThat(ValueConversions.convert(7, Long.class)).isEqualTo(7L);
        assertThat(ValueConversions.convert("12.5", BigDecimal.class)).isEqualTo(new BigDecimal("12.5"));
        assertThat(ValueConversions.convert(0.1d, BigDecimal.class)).isEqualTo(new BigDecimal("0.1"));
        assertThat(ValueConversions.convert(new BigDecimal("3"), Double.class)).isEqualTo(3.0);
        assertThatThrownBy(() -> ValueConversions.convert(1L << 40, Integer.class))
                .isInstanceOf(ConversionException.class).hasMessageContaining("out of range");
    }

    @Test
    void booleansComeFromNumbersAndText() {
        assertThat(ValueConversions.convert(1, Boolean.class)).isTrue();
        assertThat(ValueConversions.convert(0L, Boolean.class)).isFalse();
        assertThat(ValueConversions.convert("t", Boolean.class)).isTrue();
        assertThatThrownBy(() -> ValueConversions.convert("maybe", Boolean.class))
                .isInstanceOf(ConversionException.class);
    }

    @Test
    void datesAndTimesComeFromJdbcClassesAndText() {
        assertThat(ValueConversions.convert(java.sql.Date.valueOf("2024-02-29"), LocalDate.class))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ValueConversions.convert("2024-02-29", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ValueConversions.convert("2024-02-29 13:45:30.123456", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000));
        assertThat(ValueConversions.convert("2024-02-29T13:45", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 45));
        assertThat(ValueConversions.convert(java.sql.Timestamp.valueOf("2024-02-29 13:45:30"), LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 45, 30));
        assertThat(ValueConversions.convert("13:45:30", LocalTime.class)).isEqualTo(LocalTime.of(13, 45, 30));
        assertThat(ValueConversions.convert("2024-02-29 10:00:00+02", OffsetDateTime.class))
                .isEqualTo(OffsetDateTime.of(2024, 2, 29, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(ValueConversions.dateTimeAsText(OffsetDateTime.of(2024, 2, 29, 10, 0, 0, 0, ZoneOffset.ofHours(2))))
                .isEqualTo("2024-02-29 08:00:00.000000");
    }

    @Test
    void uuidsComeFromTextAndBytes() {
        UUID u = UUID.randomUUID();
        assertThat(ValueConversions.convert(u.toString(), UUID.class)).isEqualTo(u);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16);
        b.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
        assertThat(ValueConversions.convert(b.array(), UUID.class)).isEqualTo(u);
    }

    @Test
    void typesAreValuesAndInferredFromJavaClasses() {
        assertThat(SqlTypes.string(5)).isEqualTo(SqlTypes.string(5)).isNotEqualTo(SqlTypes.string(6))
                .hasSameHashCodeAs(SqlTypes.string(5));
        assertThat(SqlTypes.numeric(10, 2).toString()).isEqualTo("NUMERIC(10, 2)");
        assertThat(SqlTypes.forValue(1)).isEqualTo(SqlTypes.INTEGER);
        assertThat(SqlTypes.forValue(1L)).isEqualTo(SqlTypes.BIGINT);
        assertThat(SqlTypes.forValue("x")).isEqualTo(SqlTypes.VARCHAR);
        assertThat(SqlTypes.forValue(LocalDate.now())).isEqualTo(SqlTypes.DATE);
        assertThat(SqlTypes.forValue(new Object())).isEqualTo(SqlTypes.NULL);
        assertThatThrownBy(() -> SqlTypes.numeric(5, 6)).hasMessageContaining("scale");
        assertThatThrownBy(() -> SqlTypes.string(0)).hasMessageContaining("positive");
    }

    @Test
    void resultProcessorsGiveTheTypesJavaClass() {
        var d = GenericDialect.INSTANCE;
        assertThat(SqlTypes.numeric(10, 2).resultProcessor(d).process(12.5)).isEqualTo(new BigDecimal("12.50"));
        assertThat(SqlTypes.BOOLEAN.resultProcessor(d).process(1)).isEqualTo(true);
        assertThat(SqlTypes.NULL.resultProcessor(d)).isNull();
        assertThat(SqlTypes.TEXT.resultProcessor(d).process("x")).isEqualTo("x");
    }
}
