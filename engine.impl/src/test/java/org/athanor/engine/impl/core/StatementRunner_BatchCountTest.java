package org.athanor.engine.impl.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import org.junit.jupiter.api.Test;

class StatementRunner_BatchCountTest {

    @Test
    void knownCountsAreSummed() {
        assertThat(StatementRunner.sum(new int[] {1, 1, 3})).isEqualTo(5);
        assertThat(StatementRunner.sum(new int[0])).isZero();
    }

    @Test
    void anUnknownCountMakesTheTotalUnknown() {
        // pgjdbc with reWriteBatchedInserts reports [-2, -2, -2, -2, 1] for five rows
        int n = Statement.SUCCESS_NO_INFO;
        assertThat(StatementRunner.sum(new int[] {n, n, n, n, 1})).isEqualTo(-1);
        assertThat(StatementRunner.sum(new int[] {n})).isEqualTo(-1);
    }
}
