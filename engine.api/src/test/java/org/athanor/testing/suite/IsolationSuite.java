package org.athanor.testing.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.stream.Stream;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.ExecutionOptions;
import org.athanor.exc.ArgumentException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance: isolation levels, set for a checked-out connection (the {@code isolation_level} execution
 * option) and reset when it returns to the pool, or set for every connection of an engine; AUTOCOMMIT as
 * seed 000 uses it; unknown levels refused. The levels tested are those of {@link Requirements}.
 */
public abstract class IsolationSuite extends SuiteBase {

    /**
     * The levels to test.
     *
     * @return the levels
     */
    protected Stream<String> levels() {
        return requirements().isolationLevels().stream();
    }

    private String defaultLevel() {
        try (Connection c = engine.connect()) {
            return c.isolationLevel();
        }
    }

    @ParameterizedTest
    @MethodSource("levels")
    void levelForOneCheckoutIsSetAndResetOnReturn(String level) {
        String before = defaultLevel();
        try (Connection c = engine.connect()) {
            Connection branch = c.executionOptions(ExecutionOptions.of(ExecutionOptions.ISOLATION_LEVEL, level));
            assertThat(branch.isolationLevel()).isEqualTo(level);
            assertThat(c.isolationLevel()).as("the branch shares the driver connection").isEqualTo(level);
        }
        assertThat(defaultLevel()).as("reset when returned to the pool").isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("levels")
    void levelForTheWholeEngine(String level) {
        try (Engine e = createEngine(EngineOptions.builder().isolationLevel(level).build());
                Connection c = e.connect()) {
            assertThat(c.isolationLevel()).isEqualTo(level);
        }
    }

    @Test
    void unknownLevelIsRefusedNamingTheValidOnes() {
        assertThatThrownBy(() -> {
            try (Engine e = createEngine(EngineOptions.builder().isolationLevel("NO SUCH LEVEL").build());
                    Connection c = e.connect()) {
                c.isolationLevel();
            }
        }).isInstanceOf(ArgumentException.class).hasMessageContaining("NO SUCH LEVEL");
    }

    @Test
    void autocommitLevelPutsTheDriverInAutocommitAndCommitsEachStatement() throws SQLException {
        Assumptions.assumeTrue(requirements().isolationLevels().contains("AUTOCOMMIT"),
                () -> db().description() + " has no AUTOCOMMIT isolation level");
        String t = peopleTable();
        String before = defaultLevel();
        try (Connection c = engine.connect()) {
            Connection auto = c.executionOptions(ExecutionOptions.of(ExecutionOptions.ISOLATION_LEVEL, "AUTOCOMMIT"));
            assertThat(auto.driverConnection().getAutoCommit()).isTrue();
            auto.execute(SuiteStatement.of("INSERT INTO " + t + " (id, name) VALUES (1, 'a')",
                    org.athanor.engine.StatementKind.OTHER));
        }
        assertThat(count(t)).as("committed by the driver, though Athanor did not see DML").isEqualTo(1);
        assertThat(defaultLevel()).as("the next checkout is back to the default").isEqualTo(before);
    }
}
