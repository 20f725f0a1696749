package org.athanor.testing.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueRunnerTest {

    private static List<List<Object>> rows(List<?>... rows) {
        List<List<Object>> out = new ArrayList<>();
        for (List<?> r : rows) {
            out.add(new ArrayList<>(r));
        }
        return out;
    }

    @Test
    void numbersCompareByValueWhateverTheirClass() {
        assertThat(CatalogueRunner.compare(rows(List.of(1L, new BigDecimal("5.00"), 2.5d)),
                rows(List.of(1, new BigDecimal("5"), new BigDecimal("2.50"))), true)).isNull();
    }

    @Test
    void differentValuesOrOrderAreReported() {
        assertThat(CatalogueRunner.compare(rows(List.of(1), List.of(2)), rows(List.of(2), List.of(1)), true))
                .contains("expected");
        assertThat(CatalogueRunner.compare(rows(List.of(1), List.of(2)), rows(List.of(2), List.of(1)), false))
                .isNull();
        assertThat(CatalogueRunner.compare(rows(Arrays.asList("a", null)), rows(List.of("a", "b")), true))
                .contains("expected");
        assertThat(CatalogueRunner.compare(rows(List.of(1)), rows(List.of(1), List.of(1)), false)).isNotNull();
    }
}
