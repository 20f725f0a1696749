package org.athanor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.athanor.exc.ArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class URLTest {

    /** text, drivername, username, password, host, port, database. */
    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("postgresql://scott:tiger@localhost:5432/mydatabase", "postgresql", "scott", "tiger",
                        "localhost", 5432, "mydatabase"),
                Arguments.of("postgres://scott:tiger@localhost:5432/mydatabase", "postgres", "scott", "tiger",
                        "localhost", 5432, "mydatabase"),
                Arguments.of("mysql://localhost/foo", "mysql", null, null, "localhost", null, "foo"),
                Arguments.of("mysql+mariadb://root@127.0.0.1:3306/test", "mysql+mariadb", "root", null,
                        "127.0.0.1", 3306, "test"),
                Arguments.of("oracle://scott:tiger@tnsname", "oracle", "scott", "tiger", "tnsname", null, null),
                Arguments.of("oracle://scott:tiger@127.0.0.1:1521/sidname", "oracle", "scott", "tiger",
                        "127.0.0.1", 1521, "sidname"),
                Arguments.of("oracle://scott:tiger@host:1521/sid", "oracle", "scott", "tiger", "host", 1521, "sid"),
                Arguments.of("sqlite://", "sqlite", null, null, null, null, null),
                Arguments.of("sqlite:///:memory:", "sqlite", null, null, null, null, ":memory:"),
                Arguments.of("sqlite:///relative.db", "sqlite", null, null, null, null, "relative.db"),
                Arguments.of("sqlite:///mydb.txt", "sqlite", null, null, null, null, "mydb.txt"),
                Arguments.of("sqlite:///sub/dir/relative.db", "sqlite", null, null, null, null, "sub/dir/relative.db"),
                Arguments.of("sqlite:////absolute/path.db", "sqlite", null, null, null, null, "/absolute/path.db"),
                Arguments.of("sqlite:///C:\\path\\file.db", "sqlite", null, null, null, null, "C:\\path\\file.db"),
                Arguments.of("sqlite:///C:/path/file.db", "sqlite", null, null, null, null, "C:/path/file.db"),
                Arguments.of("sqlite:///", "sqlite", null, null, null, null, ""),
                Arguments.of("sqlite:///files/me@home.db", "sqlite", null, null, null, null, "files/me@home.db"),
                Arguments.of("postgresql://u:p@[::1]:5432/db", "postgresql", "u", "p", "::1", 5432, "db"),
                Arguments.of("postgresql://[2001:db8::7]/db", "postgresql", null, null, "2001:db8::7", null, "db"),
                Arguments.of("postgresql://[fe80::1%25eth0]", "postgresql", null, null, "fe80::1%25eth0", null,
                        null),
                Arguments.of("dbtype://username:password@hostspec:110//usr/db_file.db", "dbtype", "username",
                        "password", "hostspec", 110, "/usr/db_file.db"),
                Arguments.of("dbtype://username:password@/database", "dbtype", "username", "password", null, null,
                        "database"),
                Arguments.of("dbtype://username@hostspec", "dbtype", "username", null, "hostspec", null, null),
                Arguments.of("dbtype://:5432/db", "dbtype", null, null, null, 5432, "db"),
                Arguments.of("dbtype://@host", "dbtype", "", null, "host", null, null),
                Arguments.of("dbtype://u:@host", "dbtype", "u", "", "host", null, null),
                Arguments.of("dbtype://host/", "dbtype", null, null, "host", null, ""),
                Arguments.of("dbtype://host:00080/db", "dbtype", null, null, "host", 80, "db"),
                Arguments.of("dbtype://host:65535", "dbtype", null, null, "host", 65535, null),
                Arguments.of("dbtype://h:1", "dbtype", null, null, "h", 1, null),
                Arguments.of("mssql+pyodbc://scott:tiger@mydsn", "mssql+pyodbc", "scott", "tiger", "mydsn", null,
                        null),
                Arguments.of("d_1+x_2://u:p@h.example.com/db", "d_1+x_2", "u", "p", "h.example.com", null, "db"),
                Arguments.of("  \tpostgresql://h/db \n", "postgresql", null, null, "h", null, "db"),
                Arguments.of("pg://u:p@ss@host/db", "pg", "u", "p@ss", "host", null, "db"),
                Arguments.of("pg://u:p:w@host/db", "pg", "u", "p:w", "host", null, "db"),
                Arguments.of("pg://u:p w@host/db", "pg", "u", "p w", "host", null, "db"),
                Arguments.of("pg://u%3Ax:p%40%3A%2F%25%23%3F%26%3D%20%C3%A9%E2%82%AC@host/d%2Fb", "pg", "u:x",
                        "p@:/%#?&= é€", "host", null, "d/b"),
                Arguments.of("pg://u:p+q@host/a+b", "pg", "u", "p+q", "host", null, "a+b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void parsesEachForm(String text, String drivername, String username, String password, String host,
            Integer port, String database) {
        URL url = URL.parse(text);

        assertThat(url.drivername()).isEqualTo(drivername);
        assertThat(url.username()).isEqualTo(username);
        assertThat(url.password()).isEqualTo(password);
        assertThat(url.host()).isEqualTo(host);
        assertThat(url.port()).isEqualTo(port);
        assertThat(url.database()).isEqualTo(database);
        assertThat(url.query()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachFormRoundTrips(String text) {
        URL url = URL.parse(text);

        assertThat(URL.parse(url.render(false))).isEqualTo(url);
        assertThat(URL.parse(url.render(false)).render(false)).isEqualTo(url.render(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://scott:tiger@localhost:5432/mydatabase", "mysql://localhost/foo",
            "oracle://scott:tiger@tnsname", "oracle://scott:tiger@127.0.0.1:1521/sidname", "sqlite://",
            "sqlite:///:memory:", "sqlite:///relative.db", "sqlite:////absolute/path.db",
            "sqlite:///C:\\path\\file.db", "postgresql://u:p@[::1]:5432/db", "mysql+mariadb://root@h/test?a=1&a=2&b=",
            "dbtype://@host", "dbtype://u:@host", "dbtype://host/"})
    void plainFormsRenderExactlyAsWritten(String text) {
        assertThat(URL.parse(text).render(false)).isEqualTo(text);
    }

    @Test
    void driverNameSplitsIntoBackendAndDriver() {
        URL qualified = URL.parse("mysql+foo://h/db");
        URL plain = URL.parse("mysql://h/db");

        assertThat(qualified.drivername()).isEqualTo("mysql+foo");
        assertThat(qualified.backendName()).isEqualTo("mysql");
        assertThat(qualified.driver()).isEqualTo("foo");
        assertThat(plain.drivername()).isEqualTo("mysql");
        assertThat(plain.backendName()).isEqualTo("mysql");
        assertThat(plain.driver()).isNull();
    }

    @Test
    void ipv6HostIsRenderedInBrackets() {
        URL url = URL.parse("postgresql://u:p@[::1]:5432/db");

        assertThat(url.host()).isEqualTo("::1");
        assertThat(url.render(false)).isEqualTo("postgresql://u:p@[::1]:5432/db");
        assertThat(url.withHost("2001:db8::1").withPort(null).render(false))
                .isEqualTo("postgresql://u:p@[2001:db8::1]/db");
    }

    @Test
    void queryKeepsOrderAndRepeatedValues() {
        URL url = URL.parse("mysql://h/db?z=1&a=2&z=3&m=&flag&&a=4");

        assertThat(url.query()).containsExactly(entry("z", List.of("1", "3")), entry("a", List.of("2", "4")),
                entry("m", List.of("")), entry("flag", List.of("")));
        assertThat(url.query().keySet()).containsExactly("z", "a", "m", "flag");
        assertThat(url.queryValue("z")).isEqualTo("1");
        assertThat(url.queryValue("m")).isEmpty();
        assertThat(url.queryValue("missing")).isNull();
        assertThat(url.render(false)).isEqualTo("mysql://h/db?z=1&z=3&a=2&a=4&m=&flag=");
    }

    @Test
    void queryWithoutDatabase() {
        URL url = URL.parse("sqlite://?mode=ro");

        assertThat(url.database()).isNull();
        assertThat(url.host()).isNull();
        assertThat(url.query()).containsExactly(entry("mode", List.of("ro")));
        assertThat(url.render(false)).isEqualTo("sqlite://?mode=ro");
    }

    @Test
    void queryIsDecodedAsInForms() {
        URL url = URL.parse("pg://h/db?k%20ey=a+b%2Bc&eq=x=y&path=/tmp/a:b&q=?&empty=");

        assertThat(url.query()).containsExactly(entry("k ey", List.of("a b+c")), entry("eq", List.of("x=y")),
                entry("path", List.of("/tmp/a:b")), entry("q", List.of("?")), entry("empty", List.of("")));
        assertThat(url.render(false)).isEqualTo("pg://h/db?k%20ey=a%20b%2Bc&eq=x%3Dy&path=/tmp/a:b&q=%3F&empty=");
    }

    @Test
    void queryMapIsImmutable() {
        URL url = URL.parse("pg://h/db?a=1&a=2");

        assertThatThrownBy(() -> url.query().put("b", List.of("x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> url.query().get("a").add("3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void createCopiesTheQueryItWasGiven() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        List<String> values = new java.util.ArrayList<>(List.of("1"));
        query.put("a", values);
        URL url = URL.create("pg", null, null, "h", null, null, query);

        values.add("2");
        query.put("b", List.of("x"));

        assertThat(url.query()).containsExactly(entry("a", List.of("1")));
    }

    @Test
    void specialCharactersArePercentEncodedWhenRendered() {
        String password = "p@ss:w/rd%#?&= é€";
        URL url = URL.create("postgresql", "us@er:x", password, "localhost", 5432, "my db/x?y@z", null);

        String text = url.render(false);

        assertThat(text).isEqualTo("postgresql://us%40er%3Ax:p%40ss%3Aw%2Frd%25%23%3F&=%20%C3%A9%E2%82%AC"
                + "@localhost:5432/my%20db/x%3Fy%40z");
        URL back = URL.parse(text);
        assertThat(back).isEqualTo(url);
        assertThat(back.password()).isEqualTo(password);
        assertThat(back.username()).isEqualTo("us@er:x");
        assertThat(back.database()).isEqualTo("my db/x?y@z");
    }

    @Test
    void nonAsciiMayBeWrittenRawOrEncoded() {
        assertThat(URL.parse("pg://jürgen:pässwörd@h/dätabase").password()).isEqualTo("pässwörd");
        assertThat(URL.parse("pg://j%C3%BCrgen@h/d%C3%A4tabase?k%C3%BC=v%F0%9F%98%80").query())
                .containsExactly(entry("kü", List.of("v\uD83D\uDE00")));
        assertThat(URL.parse("pg://jürgen:pässwörd@h/dätabase").render(false))
                .isEqualTo("pg://j%C3%BCrgen:p%C3%A4ssw%C3%B6rd@h/d%C3%A4tabase");
    }

    @Test
    void toStringMasksThePassword() {
        URL url = URL.parse("postgresql://scott:Sup3r%40Secret@localhost/test");

        assertThat(url.toString()).isEqualTo("postgresql://scott:***@localhost/test");
        assertThat(url.toString()).doesNotContain("Sup3r").doesNotContain("Secret");
        assertThat(url.render(true)).isEqualTo(url.toString());
        assertThat(url.render(false)).isEqualTo("postgresql://scott:Sup3r%40Secret@localhost/test");
    }

    @Test
    void toStringOfUrlsWithoutOrWithEmptyPassword() {
        assertThat(URL.parse("pg://scott@h/db")).hasToString("pg://scott@h/db");
        assertThat(URL.parse("pg://scott:@h/db")).hasToString("pg://scott:***@h/db");
        assertThat(URL.parse("sqlite://")).hasToString("sqlite://");
    }

    @Test
    void equalityCoversEveryComponent() {
        URL base = URL.parse("pg+drv://u:p@h:1/db?a=1&a=2&b=3");

        assertThat(base).isEqualTo(URL.parse("pg+drv://u:p@h:1/db?a=1&a=2&b=3")).hasSameHashCodeAs(
                URL.parse("pg+drv://u:p@h:1/db?a=1&a=2&b=3"));
        assertThat(base).isEqualTo(URL.parse("pg+drv://u:p@h:1/db?b=3&a=1&a=2"));
        assertThat(base).isNotEqualTo(URL.parse("pg://u:p@h:1/db?a=1&a=2&b=3"));
        assertThat(base).isNotEqualTo(URL.parse("pg+drv://v:p@h:1/db?a=1&a=2&b=3"));
        assertThat(base).isNotEqualTo(URL.parse("pg+drv://u:q@h:1/db?a=1&a=2&b=3"));
        assertThat(base).isNotEqualTo(URL.parse("pg+drv://u@h:1/db?a=1&a=2&b=3"));
        assertThat(base).isNotEqualTo(URL.parse("pg+drv://u:p@g:1/db?a=1&a=2&b=3"));
        assertThat(base).isNotEqualTo(URL.parse("pg+drv://u:p@h:2/db?a=1&a=2&b=3"));
        assertThat(base).isNotEqualTo(URL.parse("pg+drv://u:p@h/db?a=1&a=2&b=3"));
        assertThat(base).isNotEqualTo(URL.parse("pg+drv://u:p@h:1/dc?a=1&a=2&b=3"));
        assertThat(base).isNotEqualTo(URL.parse("pg+drv://u:p@h:1?a=1&a=2&b=3"));
        assertThat(base).isNotEqualTo(URL.parse("pg+drv://u:p@h:1/db?a=2&a=1&b=3"));
        assertThat(base).isNotEqualTo(URL.parse("pg+drv://u:p@h:1/db?a=1&b=3"));
        assertThat(base).isNotEqualTo(URL.parse("pg+drv://u:p@h:1/db"));
        assertThat(base).isNotEqualTo("pg+drv://u:p@h:1/db?a=1&a=2&b=3");
        assertThat(URL.parse("pg://h/")).isNotEqualTo(URL.parse("pg://h"));
        assertThat(URL.parse("pg://@h")).isNotEqualTo(URL.parse("pg://h"));
    }

    @Test
    void builderBuildsEveryComponent() {
        URL url = URL.builder("postgresql+pgjdbc").username("scott").password("tiger").host("db.example.com")
                .port(5433).database("sales").queryParameter("sslmode", "require")
                .queryParameter("options", "a", "b").build();

        assertThat(url.render(false))
                .isEqualTo("postgresql+pgjdbc://scott:tiger@db.example.com:5433/sales?sslmode=require&options=a&options=b");
        assertThat(url).isEqualTo(URL.create("postgresql+pgjdbc", "scott", "tiger", "db.example.com", 5433, "sales",
                Map.of("sslmode", List.of("require"), "options", List.of("a", "b"))));
        assertThat(URL.builder("sqlite").build()).isEqualTo(URL.parse("sqlite://"));
        assertThat(url.toBuilder().build()).isEqualTo(url);
        assertThat(url.toBuilder().drivername("mysql").query(null).build()).hasToString(
                "mysql://scott:***@db.example.com:5433/sales");
    }

    @Test
    void builderCanBeReusedWithoutChangingBuiltUrls() {
        URL.Builder builder = URL.builder("pg").host("h").queryParameter("a", "1");
        URL first = builder.build();

        builder.host("other").queryParameter("a", "2").queryParameter("b", "3");

        assertThat(first).isEqualTo(URL.parse("pg://h?a=1"));
        assertThat(builder.build()).isEqualTo(URL.parse("pg://other?a=2&b=3"));
    }

    @Test
    void withCopiesChangeOneComponentAndLeaveTheOriginalAlone() {
        String text = "pg+drv://u:p@h:1/db?a=1&a=2&b=3";
        URL original = URL.parse(text);

        assertThat(original.withDrivername("mysql")).hasToString("mysql://u:***@h:1/db?a=1&a=2&b=3");
        assertThat(original.withUsername("v").username()).isEqualTo("v");
        assertThat(original.withPassword("q").password()).isEqualTo("q");
        assertThat(original.withPassword(null).withUsername(null)).hasToString("pg+drv://h:1/db?a=1&a=2&b=3");
        assertThat(original.withHost("::1")).hasToString("pg+drv://u:***@[::1]:1/db?a=1&a=2&b=3");
        assertThat(original.withHost(null)).hasToString("pg+drv://u:***@:1/db?a=1&a=2&b=3");
        assertThat(original.withPort(2).port()).isEqualTo(2);
        assertThat(original.withPort(null)).hasToString("pg+drv://u:***@h/db?a=1&a=2&b=3");
        assertThat(original.withDatabase("x/y")).hasToString("pg+drv://u:***@h:1/x/y?a=1&a=2&b=3");
        assertThat(original.withDatabase(null)).hasToString("pg+drv://u:***@h:1?a=1&a=2&b=3");
        assertThat(original.withQuery(Map.of("c", List.of("4")))).hasToString("pg+drv://u:***@h:1/db?c=4");
        assertThat(original.withQuery(null)).hasToString("pg+drv://u:***@h:1/db");
        assertThat(original.withQueryParameter("a", "9")).hasToString("pg+drv://u:***@h:1/db?a=9&b=3");
        assertThat(original.withQueryParameter("c", "x", "y")).hasToString("pg+drv://u:***@h:1/db?a=1&a=2&b=3&c=x&c=y");
        assertThat(original.withoutQueryParameters("a", "nope")).hasToString("pg+drv://u:***@h:1/db?b=3");
        assertThat(original.withoutQueryParameters()).isEqualTo(original);

        assertThat(original).isEqualTo(URL.parse(text));
        assertThat(original.render(false)).isEqualTo(text);
    }

    @Test
    void translateConnectArgsNamesThePresentComponents() {
        URL url = URL.parse("postgresql://scott:tiger@localhost:5432/test?x=1");

        assertThat(url.translateConnectArgs(null)).containsExactly(entry("host", "localhost"),
                entry("database", "test"), entry("username", "scott"), entry("password", "tiger"),
                entry("port", 5432));
        assertThat(url.translateConnectArgs(Map.of("username", "user", "database", "dbname")))
                .containsExactly(entry("host", "localhost"), entry("dbname", "test"), entry("user", "scott"),
                        entry("password", "tiger"), entry("port", 5432));
        Map<String, String> dropHost = new HashMap<>();
        dropHost.put("host", null);
        assertThat(url.translateConnectArgs(dropHost)).doesNotContainKey("host").containsKey("port");
        assertThat(URL.parse("sqlite:///file.db").translateConnectArgs(Map.of()))
                .containsExactly(entry("database", "file.db"));
        assertThat(URL.parse("pg://:@/").translateConnectArgs(Map.of())).isEmpty();
        assertThatThrownBy(() -> url.translateConnectArgs(Map.of("user", "u")))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("'user' is not a URL component");
        assertThatThrownBy(() -> url.translateConnectArgs(Map.of("host", "x", "database", "x")))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("'x'");
        assertThatThrownBy(() -> url.translateConnectArgs(null).put("a", "b"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
