package org.athanor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class URL_SecretQueryTest {

    @Test
    void secretLookingQueryParametersAreMaskedInToStringButRendered() {
        URL u = URL.parse("mysql://scott@db/test?password=Zq9%40secret&sslmode=require&apiToken=tok123");
        assertThat(u.toString()).doesNotContain("Zq9").doesNotContain("tok123")
                .contains("password=***").contains("apiToken=***").contains("sslmode=require");
        assertThat(u.render(false)).contains("password=Zq9%40secret").contains("apiToken=tok123");
        assertThat(URL.parse(u.render(false))).isEqualTo(u);
    }
}
