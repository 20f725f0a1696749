package org.athanor.engine.impl.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OriginTest {
    final Origin.Mode before = Origin.mode();

    @AfterEach
    void restore() {
        Origin.setMode(before);
    }

    @Test
    void autoRecordsNothingUntilTheFirstLeakThenTheCaller() {
        Origin.setMode(Origin.Mode.AUTO);
        Origin.forgetLeaks();
        assertThat(Origin.capture()).isNull();
        assertThat(Origin.describe(null)).contains("not recorded").contains(Origin.PROPERTY);
        Origin.leakReported();
        Origin o = Origin.capture();
        assertThat(Origin.describe(o)).contains("OriginTest.autoRecordsNothingUntilTheFirstLeakThenTheCaller");
        assertThat(Origin.trace(o)).isNull();
    }

    @Test
    void fullRecordsTheStackAndNoneNothing() {
        Origin.setMode(Origin.Mode.FULL);
        Origin o = Origin.capture();
        assertThat(Origin.trace(o)).isNotNull();
        assertThat(Origin.describe(o)).contains("OriginTest");
        Origin.setMode(Origin.Mode.NONE);
        Origin.leakReported();
        assertThat(Origin.capture()).isNull();
    }
}
