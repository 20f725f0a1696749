package org.athanor.testing.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.athanor.engine.Connection;
import org.athanor.engine.Row;
import org.athanor.testing.suite.Requirements.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Conformance: values of each {@link ColumnKind} survive a round trip — bound as Java values through text SQL,
 * read back, compared as the values they denote ({@link SuiteValues}) — and NULL survives in every kind.
 */
public abstract class TypesSuite extends SuiteBase {

    /**
     * Writes values into a column of a kind and reads them back in order.
     *
     * @param kind the column kind
     * @param values the values
     * @return what the database returned
     */
    protected final List<Object> roundTrip(ColumnKind kind, List<?> values) {
        String t = createTable(kind.name().toLowerCase(java.util.Locale.ROOT),
                "id INTEGER NOT NULL PRIMARY KEY, v " + requirements().columnType(kind));
        try (Connection c = engine.connect()) {
            for (int i = 0; i < values.size(); i++) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", i);
                p.put("v", values.get(i));
                c.execute("INSERT INTO " + t + " (id, v) VALUES (:id, :v)", p);
            }
        }
        try (Connection c = engine.connect()) {
            List<Object> out = new ArrayList<>();
            for (Row r : c.execute("SELECT v FROM " + t + " ORDER BY id").all()) {
                out.add(r.get(0));
            }
            return out;
        }
    }

    private <T> void assertRoundTrip(ColumnKind kind, Function<Object, T> read, List<T> values) {
        List<Object> back = roundTrip(kind, values);
        assertThat(back).hasSameSizeAs(values);
        for (int i = 0; i < values.size(); i++) {
            assertThat(read.apply(back.get(i))).as("%s value %s", kind, values.get(i)).isEqualTo(values.get(i));
        }
    }

    @Test
    void integer() {
        assertRoundTrip(ColumnKind.INTEGER, SuiteValues::asLong, List.of(0L, -5L, 2_147_483_647L, -2_147_483_648L));
    }

    @Test
    void bigint() {
        // 2^53 + 1 cannot be held by a double: it proves the value never passed through one
        assertRoundTrip(ColumnKind.BIGINT, SuiteValues::asLong, List.of(9_007_199_254_740_993L, Long.MAX_VALUE,
                Long.MIN_VALUE));
    }

    @Test
    void decimal() {
        List<BigDecimal> values = List.of(new BigDecimal("12345.6789"), new BigDecimal("-0.5"), BigDecimal.ZERO);
        List<Object> back = roundTrip(ColumnKind.DECIMAL, values);
        for (int i = 0; i < values.size(); i++) {
            assertThat(SuiteValues.asDecimal(back.get(i))).isEqualByComparingTo(values.get(i));
        }
    }

    @Test
    @Requires(Requirement.EXACT_DECIMAL)
    void decimalKeepsEveryDigit() {
        BigDecimal v = new BigDecimal("123456789012345678.1234567891");
        assertThat(SuiteValues.asDecimal(roundTrip(ColumnKind.DECIMAL, List.of(v)).get(0))).isEqualByComparingTo(v);
    }

    @Test
    void floatingPoint() {
        assertRoundTrip(ColumnKind.FLOAT, SuiteValues::asDouble, List.of(3.141592653589793, -1.5e10, 0.0));
    }

    @Test
    void string() {
        assertRoundTrip(ColumnKind.STRING, SuiteValues::asText, List.of("plain", "quote ' and \" and \\",
                "héllo wörld ✓", " padded "));
    }

    @Test
    @Requires(Requirement.EMPTY_STRING)
    void emptyString() {
        assertRoundTrip(ColumnKind.STRING, SuiteValues::asText, List.of(""));
    }

    @Test
    void text() {
        String big = "x".repeat(10_000) + "✓";
        assertRoundTrip(ColumnKind.TEXT, SuiteValues::asText, List.of(big, "line\nbreak"));
    }

    @Test
    void booleans() {
        assertRoundTrip(ColumnKind.BOOLEAN, SuiteValues::asBoolean, List.of(true, false));
    }

    @Test
    void date() {
        assertRoundTrip(ColumnKind.DATE, SuiteValues::asDate, List.of(LocalDate.of(2024, 2, 29),
                LocalDate.of(1970, 1, 1), LocalDate.of(1899, 12, 31)));
    }

    @Test
    @Requires(Requirement.TIME_TYPE)
    void time() {
        assertRoundTrip(ColumnKind.TIME, SuiteValues::asTime, List.of(LocalTime.of(13, 45, 30),
                LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59)));
    }

    @Test
    void timestamp() {
        assertRoundTrip(ColumnKind.TIMESTAMP, SuiteValues::asTimestamp, List.of(
                LocalDateTime.of(2024, 2, 29, 13, 45, 30), LocalDateTime.of(1999, 12, 31, 23, 59, 59)));
    }

    @Test
    @Requires(Requirement.FRACTIONAL_SECONDS)
    void timestampKeepsMicroseconds() {
        assertRoundTrip(ColumnKind.TIMESTAMP, SuiteValues::asTimestamp, List.of(
                LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000)));
    }

    @Test
    void binary() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        List<Object> back = roundTrip(ColumnKind.BINARY, List.of(all, new byte[] {0, 0, 0}));
        assertThat(SuiteValues.asBytes(back.get(0))).isEqualTo(all);
        assertThat(SuiteValues.asBytes(back.get(1))).isEqualTo(new byte[] {0, 0, 0});
    }

    @ParameterizedTest
    @EnumSource(ColumnKind.class)
    void nullSurvivesInEveryKind(ColumnKind kind) {
        if (kind == ColumnKind.TIME && !requirements().has(Requirement.TIME_TYPE)) {
            org.junit.jupiter.api.Assumptions.abort(db().description() + " has no TIME type");
        }
        assertThat(roundTrip(kind, Arrays.asList((Object) null))).containsExactly((Object) null);
    }
}
