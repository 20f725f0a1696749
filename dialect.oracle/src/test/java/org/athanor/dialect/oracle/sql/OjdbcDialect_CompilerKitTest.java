package org.athanor.dialect.oracle.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.util.Map;
import org.athanor.dialect.oracle.OjdbcDialect;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.Test;

/** The Oracle dialect picks the Oracle kit, with ANSI or {@code (+)} joins as its {@code use_ansi} option says. */
class OjdbcDialect_CompilerKitTest {
    private final CatalogueSchema s = new CatalogueSchema();

    private String outerJoin(OjdbcDialect d) {
        return select(s.users.c("name"), s.addresses.c("email")).selectFrom(s.users.outerJoin(s.addresses))
                .limit(5).compile(d).sql();
    }

    @Test
    void ansiJoinsByDefault() {
        OjdbcDialect d = new OjdbcDialect();
        assertThat(d.compilerKit()).isSameAs(OracleCompilerKit.ANSI);
        assertThat(outerJoin(d)).isEqualTo("SELECT users.name, addresses.email FROM users LEFT OUTER JOIN addresses"
                + " ON users.id = addresses.user_id FETCH FIRST ? ROWS ONLY");
    }

    @Test
    void oracleJoinsWhenUseAnsiIsOff() {
        OjdbcDialect d = new OjdbcDialect();
        d.configure(Map.of("use_ansi", "false"));
        assertThat(d.compilerKit()).isSameAs(OracleCompilerKit.NON_ANSI);
        assertThat(outerJoin(d)).isEqualTo("SELECT users.name, addresses.email FROM users, addresses"
                + " WHERE users.id = addresses.user_id(+) FETCH FIRST ? ROWS ONLY");
    }

    @Test
    void namesFoldToUpperCaseForTheCatalog() {
        var p = new OjdbcDialect().identifierPreparer();
        assertThat(p.denormalizeName("users")).isEqualTo("USERS");
        assertThat(p.normalizeName("USERS")).isEqualTo("users");
        assertThat(p.denormalizeName("MixedCase")).isEqualTo("MixedCase");
        assertThat(p.normalizeName("MixedCase")).isEqualTo("MixedCase");
        assertThat(p.quote("_x")).isEqualTo("\"_x\"");
        assertThat(p.quote("order")).isEqualTo("\"order\"");
    }
}
