package org.athanor.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.athanor.dialect.Dialect;
import org.junit.jupiter.api.Test;

class SQLiteDialect_RegistrationTest {

    @Test
    void serviceLoaderFindsTheDialect() {
        assertThat(ServiceLoader.load(Dialect.class).stream().map(ServiceLoader.Provider::type))
                .contains(SQLiteDialect.class);
    }

    @Test
    void isTheDefaultXerialDriverForSqlite() {
        SQLiteDialect d = new SQLiteDialect();
        assertThat(d.name()).isEqualTo("sqlite");
        assertThat(d.driver()).isEqualTo("xerial");
        assertThat(d.qualifiedName()).isEqualTo("sqlite+xerial");
        assertThat(d.isDefaultDriver()).isTrue();
    }

    @Test
    void eachInstanceHasItsOwnState() {
        assertThat(new SQLiteDialect()).isNotSameAs(new SQLiteDialect());
        assertThat(new SQLiteDialect().jdbcDriver()).isInstanceOf(org.sqlite.JDBC.class);
    }
}
