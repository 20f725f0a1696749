package org.athanor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.athanor.exc.ArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class URL_ErrorsTest {

    /** Every password in this test contains this, so a message that leaks one is caught. */
    private static final String SECRET = "SECRET";

    /** text, the URL as the message must quote it, a fragment of the message's explanation. */
    static Stream<Arguments> malformed() {
        return Stream.of(
                // no scheme separator
                Arguments.of("postgresql", "postgresql", "no '://'"),
                Arguments.of("postgresql:/scott:Zq7SECRETpw@host/db", "postgresql:***@host/db", "no '://'"),
                Arguments.of("scott:Zq7SECRETpw@host/db", "scott:***@host/db", "no '://'"),
                Arguments.of("postgresql:/u:Zq7://SECRET@host", "postgresql:***@host", "not a dialect name"),
                // dialect names
                Arguments.of("://scott:Zq7SECRETpw@h/db", "://scott:***@h/db", "dialect name is missing"),
                Arguments.of("post gres://scott:Zq7SECRETpw@h/db", "post gres://scott:***@h/db",
                        "dialect name 'post gres' is not valid"),
                Arguments.of("my-sql://scott:Zq7SECRETpw@h/db", "my-sql://scott:***@h/db", "'my-sql' is not valid"),
                Arguments.of("pg.x://h", "pg.x://h", "'pg.x' is not valid"),
                Arguments.of("a+b+c://h", "a+b+c://h", "'a+b+c' is not valid"),
                Arguments.of("+drv://h", "+drv://h", "'+drv' is not valid"),
                Arguments.of("pg+://h", "pg+://h", "'pg+' is not valid"),
                // ports
                Arguments.of("pg://scott:Zq7SECRETpw@h:0/db", "pg://scott:***@h:0/db", "port '0' is not a number"),
                Arguments.of("pg://scott:Zq7SECRETpw@h:65536/db", "pg://scott:***@h:65536/db", "'65536'"),
                Arguments.of("pg://scott:Zq7SECRETpw@h:99999999999999999999/db",
                        "pg://scott:***@h:99999999999999999999/db", "from 1 to 65535"),
                Arguments.of("pg://scott:Zq7SECRETpw@h:abc/db", "pg://scott:***@h:abc/db", "'abc'"),
                Arguments.of("pg://scott:Zq7SECRETpw@h:-1/db", "pg://scott:***@h:-1/db", "'-1'"),
                Arguments.of("pg://scott:Zq7SECRETpw@h:+5/db", "pg://scott:***@h:+5/db", "'+5'"),
                Arguments.of("pg://scott:Zq7SECRETpw@h:/db", "pg://scott:***@h:/db", "port '' is not"),
                Arguments.of("pg://scott:Zq7SECRETpw@h:5432x/db", "pg://scott:***@h:5432x/db",
                        "after the port come only '/database' or '?query'"),
                Arguments.of("pg://scott:Zq7SECRETpw@h:5432:6543/db", "pg://scott:***@h:5432:6543/db", "'5432:6543'"),
                Arguments.of("pg://scott:Zq7SECRETpw@h1:5432,h2:5433/db", "pg://scott:***@h1:5432,h2:5433/db",
                        "'5432,h2:5433'"),
                Arguments.of("pg://scott:Zq7SECRETpw@[::1]:/db", "pg://scott:***@[::1]:/db", "port '' is not"),
                Arguments.of("pg://h:\uFF15\uFF14/db", "pg://h:***/db", "in case it is a password"),
                // a password whose '@host' is missing reads as a port: it is hidden
                Arguments.of("pg://scott:Zq7SECRETpw", "pg://scott:***", "in case it is a password"),
                Arguments.of("pg://scott:Zq7SECRETpw/db", "pg://scott:***/db", "in case it is a password"),
                Arguments.of("pg://scott:123456", "pg://scott:***", "in case it is a password"),
                // raw '/' or '?' in a password puts an '@' after the host
                Arguments.of("pg://scott:Zq7/SECRETpw@h/db", "pg://scott:***@h/db", "'@' after the host"),
                Arguments.of("pg://scott:Zq7?SECRETpw@h/db", "pg://scott:***@h/db", "'@' after the host"),
                Arguments.of("pg://sc/ott:Zq7SECRETpw@h/db", "pg://sc/ott:***@h/db", "'@' after the host"),
                Arguments.of("pg://scott:Zq7/SECRET@pw@h/db", "pg://scott:***@h/db", "%2F"),
                Arguments.of("pg://h:5432/db?email=a@b", "pg://h:***@b", "write an '@' in the database or query as %40"),
                // IPv6 brackets
                Arguments.of("pg://scott:Zq7SECRETpw@[::1:5432/db", "pg://scott:***@[::1:5432/db", "not closed"),
                Arguments.of("pg://scott:Zq7SECRETpw@[::1", "pg://scott:***@[::1", "not closed"),
                Arguments.of("pg://scott:Zq7SECRETpw@[localhost]/db", "pg://scott:***@[localhost]/db",
                        "not an IPv6 address"),
                Arguments.of("pg://scott:Zq7SECRETpw@[]/db", "pg://scott:***@[]/db", "not an IPv6 address"),
                Arguments.of("pg://scott:Zq7SECRETpw@[::1]x/db", "pg://scott:***@[::1]x/db", "'x' follows"),
                Arguments.of("pg://scott:Zq7SECRETpw@[::1]5432/db", "pg://scott:***@[::1]5432/db", "'5432' follows"),
                // hosts
                Arguments.of("pg://scott:Zq7SECRETpw@ho st/db", "pg://scott:***@ho st/db", "host 'ho st' contains"),
                Arguments.of("pg://scott:Zq7SECRETpw@h]x/db", "pg://scott:***@h]x/db", "contains ']'"),
                Arguments.of("pg://scott:Zq7SECRETpw@h[1]/db", "pg://scott:***@h[1]/db", "contains '['"),
                Arguments.of("pg://scott:Zq7SECRETpw@h#x/db", "pg://scott:***@h#x/db", "contains '#'"),
                Arguments.of("sqlite://C:\\path\\file.db", "sqlite://C:***", "sqlite:///file.db)"),
                // percent escapes
                Arguments.of("pg://sc%zzott:Zq7SECRETpw@h/db", "pg://sc%zzott:***@h/db", "in the username, '%zz'"),
                Arguments.of("pg://scott:Zq7SECRETpw@h/db%G1", "pg://scott:***@h/db%G1", "in the database, '%G1'"),
                Arguments.of("pg://scott:Zq7SECRETpw@h/db%", "pg://scott:***@h/db%", "'%' is not a percent-escape"),
                Arguments.of("pg://scott:Zq7SECRETpw@h/db%4", "pg://scott:***@h/db%4", "'%4' is not"),
                Arguments.of("pg://scott:Zq7SECRETpw@h/d%C3b", "pg://scott:***@h/d%C3b", "'%C3' are not UTF-8"),
                Arguments.of("pg://scott:Zq7SECRETpw@h/db?k%x=1", "pg://scott:***@h/db?k%x=1", "in the query, '%x'"),
                Arguments.of("pg://scott:Zq7SECRETpw@h/db?k=%FF", "pg://scott:***@h/db?k=%FF", "'%FF' are not UTF-8"),
                Arguments.of("pg://scott:Zq7SECRET%zzpw@h/db", "pg://scott:***@h/db", "the password has a '%'"),
                Arguments.of("pg://scott:Zq7SECRETpw%4@h/db", "pg://scott:***@h/db", "the password has a '%'"),
                Arguments.of("pg://scott:Zq7SECRETpw%@h/db", "pg://scott:***@h/db", "write a literal '%'"),
                Arguments.of("pg://scott:Zq7SECRETpw%C3@h/db", "pg://scott:***@h/db", "not UTF-8"),
                Arguments.of("pg://scott:%ED%A0%80SECRET@h/db", "pg://scott:***@h/db", "not UTF-8"),
                // empty
                Arguments.of("", "", "the URL is empty"),
                Arguments.of(" \t\n ", "", "the URL is empty"));
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @MethodSource("malformed")
    void malformedTextIsRejectedWithAMaskedQuote(String text, String quoted, String explanation) {
        ArgumentException e = catchThrowableOfType(ArgumentException.class, () -> URL.parse(text));

        assertThat(e).as("parse(%s) must fail", text).isNotNull();
        assertThat(e.getMessage()).startsWith("Invalid database URL '" + quoted + "': ")
                .contains(explanation)
                .contains("A database URL has the form dialect+driver://username:password@host:port/database")
                .contains("sqlite:///relative.db")
                .doesNotContain(SECRET)
                .doesNotContain("Zq7")
                .doesNotContain("cret");
    }

    @Test
    void nullTextIsAnArgumentErrorNotANullPointer() {
        assertThatThrownBy(() -> URL.parse(null)).isInstanceOf(ArgumentException.class)
                .hasMessageStartingWith("The database URL is null")
                .hasMessageContaining("A database URL has the form");
    }

    @Test
    void hostsWithoutUserinfoAreShown() {
        // No password can be involved here, so the bad port is quoted for the reader.
        assertThatThrownBy(() -> URL.parse("pg://scott@h:54x2/db")).isInstanceOf(ArgumentException.class)
                .hasMessageStartingWith("Invalid database URL 'pg://scott@h:54x2/db': the port '54x2' is not");
    }

    @Test
    void aRawAtSignAfterTheHostIsAllowedWhenNoPasswordCanPrecedeIt() {
        assertThat(URL.parse("pg://h/db?email=a@b").queryValue("email")).isEqualTo("a@b");
        assertThat(URL.parse("pg://u@h/db?email=a@b").username()).isEqualTo("u");
        assertThat(URL.parse("pg://u:Zq7#SECRET@h/db").password()).isEqualTo("Zq7#SECRET");
    }

    static Stream<Arguments> invalidComponents() {
        Map<String, List<String>> emptyValues = Map.of("k", List.of());
        Map<String, List<String>> nullKey = new HashMap<>();
        nullKey.put(null, List.of("v"));
        Map<String, List<String>> nullValue = new HashMap<>();
        nullValue.put("k", Arrays.asList("v", null));
        Map<String, List<String>> nullList = new HashMap<>();
        nullList.put("k", null);
        return Stream.of(
                Arguments.of((ThrowingCallable) () -> URL.builder(null).build(), "dialect name is missing"),
                Arguments.of((ThrowingCallable) () -> URL.builder("").build(), "dialect name is missing"),
                Arguments.of((ThrowingCallable) () -> URL.builder("my-sql").password("Zq7SECRET").username("u")
                        .build(), "'my-sql' is not valid"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "h", 0, null, null),
                        "the port 0 is out of range"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "h", 65536, null, null),
                        "the port 65536 is out of range"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "h", -5, null, null),
                        "the port -5 is out of range"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "", null, null, null),
                        "the host is empty"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "a/b", null, null, null),
                        "the host 'a/b' contains '/'"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "a b", null, null, null),
                        "contains the character U+0020"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "[::1]", null, null, null),
                        "contains '['"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", null, "Zq7SECRET", "h", null, null, null),
                        "a password is set without a username"),
                Arguments.of((ThrowingCallable) () -> URL.parse("pg://u:Zq7SECRET@h").withUsername(null),
                        "a password is set without a username"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET\uD800", "h", null, null, null),
                        "the password is not valid Unicode"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u\uDC00", "Zq7SECRET", "h", null, null, null),
                        "the username is not valid Unicode"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "h", null, "d\uD800b", null),
                        "the database is not valid Unicode"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "h", null, null, emptyValues),
                        "the query parameter 'k' has no values"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "h", null, null, nullKey),
                        "a query parameter has a null name"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "h", null, null, nullValue),
                        "the query parameter 'k' has a null value"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "h", null, null, nullList),
                        "the query parameter 'k' has no values"),
                Arguments.of((ThrowingCallable) () -> URL.create("pg", "u", "Zq7SECRET", "h", null, null,
                        Map.of("k", List.of("a\uD800"))), "the value of query parameter 'k' is not valid Unicode"),
                Arguments.of((ThrowingCallable) () -> URL.parse("pg://u:Zq7SECRET@h").withDrivername("a b"),
                        "'a b' is not valid"),
                Arguments.of((ThrowingCallable) () -> URL.parse("pg://u:Zq7SECRET@h").withHost("x@y"),
                        "contains '@'"),
                Arguments.of((ThrowingCallable) () -> URL.parse("pg://u:Zq7SECRET@h").withPort(70000),
                        "70000 is out of range"),
                Arguments.of((ThrowingCallable) () -> URL.parse("pg://u:Zq7SECRET@h").withQueryParameter("k"),
                        "needs at least one value"),
                Arguments.of((ThrowingCallable) () -> URL.parse("pg://u:Zq7SECRET@h")
                        .withQueryParameter("k", (String[]) null), "needs at least one value"),
                Arguments.of((ThrowingCallable) () -> URL.parse("pg://u:Zq7SECRET@h").withQueryParameter(null, "v"),
                        "needs a name"),
                Arguments.of((ThrowingCallable) () -> URL.parse("pg://u:Zq7SECRET@h").withQueryParameter("k",
                        "v", null), "has a null value"),
                Arguments.of((ThrowingCallable) () -> URL.parse("pg://u:Zq7SECRET@h")
                        .withoutQueryParameters((String[]) null), "withoutQueryParameters(null)"),
                Arguments.of((ThrowingCallable) () -> URL.builder("pg").queryParameter("k"),
                        "needs at least one value"));
    }

    @ParameterizedTest
    @MethodSource("invalidComponents")
    void invalidComponentsAreRejected(ThrowingCallable call, String explanation) {
        ArgumentException e = catchThrowableOfType(ArgumentException.class, call);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(explanation).doesNotContain(SECRET).doesNotContain("Zq7");
    }

    @Test
    void componentErrorsQuoteTheAttemptedUrlMasked() {
        assertThatThrownBy(() -> URL.create("pg", "scott", "Zq7SECRET", "h", 0, "db", null))
                .hasMessageStartingWith("Invalid database URL 'pg://scott:***@h:0/db': the port 0 is out of range")
                .hasMessageContaining("A database URL has the form");
    }

    @Test
    void aFailedCopyLeavesTheOriginalUsable() {
        URL url = URL.parse("pg://u:Zq7SECRET@h/db?a=1");
        List<ArgumentException> errors = new ArrayList<>();

        for (ThrowingCallable c : List.<ThrowingCallable>of(() -> url.withPort(0), () -> url.withHost(""),
                () -> url.withQueryParameter("a"))) {
            errors.add(catchThrowableOfType(ArgumentException.class, c));
        }

        assertThat(errors).doesNotContainNull();
        assertThat(url.render(false)).isEqualTo("pg://u:Zq7SECRET@h/db?a=1");
    }
}
