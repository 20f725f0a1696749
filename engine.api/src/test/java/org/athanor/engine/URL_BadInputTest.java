package org.athanor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.athanor.exc.ArgumentException;

/**
 * Bad input for the URL parser, property-based (jqwik, 1,000 tries each): whatever the text, parsing either
 * gives a URL whose every method works or raises {@link ArgumentException}, never another exception; and a
 * password is never quoted by the error, however the rest of the URL is broken.
 */
class URL_BadInputTest {

    /** Characters that steer the parser: delimiters, escapes, brackets, whitespace and a few non-ASCII. */
    private static final String URLISH = "abcxyzAZ0129:/@?&=%[]+._-~#!;, \t\\'\"*$()é中\u0000";

    private static final List<String> VALID = List.of(
            "postgresql://scott:tiger@localhost:5432/test?sslmode=require",
            "mysql+mariadb://root@127.0.0.1:3306/test",
            "sqlite://", "sqlite:///:memory:", "sqlite:///relative.db", "sqlite:////abs/path.db",
            "oracle://scott:tiger@tnsname", "oracle://scott:tiger@host:1521/sid",
            "postgresql://u:p@[::1]:5432/db?a=1&a=2&b=",
            "mysql://user:p%40ss%3Aw%2Fd@host/db");

    @Property(tries = 1000)
    void anyTextParsesOrRaisesAnArgumentError(@ForAll String text) {
        check(text);
    }

    @Property(tries = 1000)
    void urlLikeTextParsesOrRaisesAnArgumentError(@ForAll("urlish") String text) {
        check(text);
    }

    @Property(tries = 1000)
    void mutatedValidUrlsParseOrRaiseAnArgumentError(@ForAll("mutatedValid") String text) {
        check(text);
    }

    @Property(tries = 1000)
    void theErrorNeverQuotesThePassword(@ForAll("password") String password, @ForAll("urlishTail") String tail) {
        String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20");
        String text = "postgresql://scott:" + encoded + "@" + tail;
        try {
            URL url = URL.parse(text);
            assertThat(url.toString()).doesNotContain(password).doesNotContain(encoded);
        } catch (ArgumentException e) {
            assertThat(e.getMessage()).as(text).doesNotContain(password).doesNotContain(encoded);
        }
    }

    @Property(tries = 1000)
    void hostileComponentsBuildOrRaiseAnArgumentError(@ForAll("urlish") String drivername,
            @ForAll("urlish") String user, @ForAll("urlish") String host, @ForAll("port") Integer port,
            @ForAll("urlish") String database, @ForAll("urlish") String key, @ForAll("urlish") String value) {
        URL url;
        try {
            url = URL.builder(drivername).username(user).password("pw").host(host).port(port).database(database)
                    .queryParameter(key, value).build();
        } catch (ArgumentException e) {
            return;
        }
        exercise(url);
        // a URL that could be built renders to text that parses back to it
        assertThat(URL.parse(url.render(false))).isEqualTo(url);
    }

    private static void check(String text) {
        URL url;
        try {
            url = URL.parse(text);
        } catch (ArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        exercise(url);
    }

    /** Every read-only method of a parsed URL works. */
    private static void exercise(URL url) {
        url.drivername();
        url.backendName();
        url.driver();
        url.query().forEach((k, v) -> url.queryValue(k));
        url.render(true);
        url.render(false);
        assertThat(url.toString()).isEqualTo(url.render(true));
        url.translateConnectArgs(Map.of());
        assertThat(url.toBuilder().build()).isEqualTo(url).hasSameHashCodeAs(url);
    }

    @Provide
    Arbitrary<String> urlish() {
        return Arbitraries.strings().withChars(URLISH.toCharArray()).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> urlishTail() {
        return Arbitraries.strings().withChars(URLISH.replace("\u0000", "").toCharArray()).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> password() {
        // long and distinctive enough that it cannot turn up in a message by chance
        return Arbitraries.strings().withChars("QWXZqwxz@:/%#?&=+ é中").ofMinLength(8).ofMaxLength(16)
                .map(s -> "Pw" + s + "9");
    }

    @Provide
    Arbitrary<Integer> port() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-2, 70_000), Arbitraries.just(null));
    }

    @Provide
    Arbitrary<String> mutatedValid() {
        Arbitrary<String> base = Arbitraries.of(VALID);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 200);
        Arbitrary<String> insert = Arbitraries.strings().withChars(URLISH.toCharArray()).ofMaxLength(3);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
        return Combinators.combine(base, position, insert, kind).as((s, pos, ins, k) -> {
            int p = Math.min(pos, s.length());
            return switch (k) {
                case 0 -> s.substring(0, p) + ins + s.substring(p);
                case 1 -> p < s.length() ? s.substring(0, p) + s.substring(p + 1) : s.substring(0, p);
                default -> p < s.length() ? s.substring(0, p) + ins + s.substring(Math.min(s.length(), p + 1)) : s;
            };
        });
    }
}
