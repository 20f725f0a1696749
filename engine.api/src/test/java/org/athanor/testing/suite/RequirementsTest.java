package org.athanor.testing.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.athanor.dialect.Capabilities;
import org.athanor.dialect.DefaultDialect;
import org.athanor.engine.URL;
import org.athanor.testing.suite.Requirements.Requirement;
import org.junit.jupiter.api.Test;

class RequirementsTest {

    /** A dialect that declares nothing but savepoints and two isolation levels. */
    static final class Sparse extends DefaultDialect {
        @Override
        public String name() {
            return "sparse";
        }

        @Override
        public String driver() {
            return "none";
        }

        @Override
        protected java.sql.Driver jdbcDriver() {
            throw new UnsupportedOperationException();
        }

        @Override
        protected String jdbcUrl(URL url) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Capabilities capabilities() {
            return Capabilities.of(30, Capabilities.Feature.SAVEPOINTS);
        }

        @Override
        public java.util.Set<String> isolationLevels() {
            return java.util.Set.of("SERIALIZABLE", "AUTOCOMMIT");
        }
    }

    @Test
    void defaultsMeetEverythingWithStandardSpellings() {
        Requirements r = Requirements.defaults();
        assertThat(r.met()).containsExactlyInAnyOrder(Requirement.values());
        assertThat(r.columnType(ColumnKind.BINARY)).isEqualTo("BLOB");
        assertThat(r.selectWithoutTable("1")).isEqualTo("SELECT 1");
        assertThat(r.isolationLevels()).contains("READ COMMITTED", "AUTOCOMMIT");
    }

    @Test
    void forDialectFollowsItsDeclarations() {
        Requirements r = Requirements.forDialect(new Sparse());
        assertThat(r.has(Requirement.SAVEPOINTS)).isTrue();
        assertThat(r.has(Requirement.TRANSACTIONAL_DDL)).isFalse();
        assertThat(r.has(Requirement.RETURNING)).isFalse();
        assertThat(r.isolationLevels()).containsExactlyInAnyOrder("SERIALIZABLE", "AUTOCOMMIT");
    }

    @Test
    void builderChangesOnlyWhatItIsTold() {
        Requirements r = Requirements.defaults().toBuilder().without(Requirement.TIME_TYPE)
                .columnType(ColumnKind.TEXT, "CLOB").tablelessSelectSuffix(" FROM DUAL")
                .isolationLevels("read_committed").build();
        assertThat(r.has(Requirement.TIME_TYPE)).isFalse();
        assertThat(r.has(Requirement.SAVEPOINTS)).isTrue();
        assertThat(r.columnType(ColumnKind.TEXT)).isEqualTo("CLOB");
        assertThat(r.columnType(ColumnKind.STRING)).isEqualTo("VARCHAR(100)");
        assertThat(r.selectWithoutTable("1")).isEqualTo("SELECT 1 FROM DUAL");
        assertThat(r.isolationLevels()).containsExactly("READ COMMITTED");
        assertThat(Requirements.defaults().has(Requirement.TIME_TYPE)).as("defaults untouched").isTrue();
    }
}
