package org.athanor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.athanor.exc.ArgumentException;
import org.junit.jupiter.api.Test;

/** Randomized (seeded, so deterministic) round trips of generated URLs and masking of generated passwords. */
class URL_RoundTripTest {

    private static final int CASES = 3000;

    /** Characters that mean something in a URL, or that encoding and trimming could get wrong. */
    private static final String TRICKY = "@:/%#?&=+;,[]\\ \t\n\r*!$'()~._-\u0000\u007F";

    /** Non-ASCII samples: Latin, currency, CJK, Unicode spaces, a supplementary emoji, the BOM. */
    private static final String[] NON_ASCII = {"é", "ü", "€", "中", "\u00A0", "\u2003", "\u3000", "\uD83D\uDE00",
        "\uFEFF", "\u0301"};

    private final Random random = new Random(0xA7A404L);

    @Test
    void generatedUrlsRoundTripThroughTheirTextForm() {
        for (int i = 0; i < CASES; i++) {
            URL url = randomUrl();
            String text = url.render(false);

            URL back = URL.parse(text);

            assertThat(back).as("case %d: %s", i, text).isEqualTo(url);
            assertThat(back.password()).isEqualTo(url.password());
            assertThat(back.query()).containsExactlyEntriesOf(url.query());
            assertThat(back.render(false)).isEqualTo(text);
            assertThat(URL.parse(" \t" + text + "\n ")).isEqualTo(url);
        }
    }

    @Test
    void generatedUrlsSurviveBuilderCreateAndWithCopies() {
        for (int i = 0; i < CASES / 3; i++) {
            URL url = randomUrl();

            URL viaCreate = URL.create(url.drivername(), url.username(), url.password(), url.host(), url.port(),
                    url.database(), url.query());
            URL viaBuilder = url.toBuilder().build();
            URL viaWith = URL.builder(url.drivername()).build().withUsername(url.username())
                    .withPassword(url.password()).withHost(url.host()).withPort(url.port())
                    .withDatabase(url.database()).withQuery(url.query());

            assertThat(viaCreate).isEqualTo(url).hasSameHashCodeAs(url);
            assertThat(viaBuilder).isEqualTo(url).hasSameHashCodeAs(url);
            assertThat(viaWith).isEqualTo(url).hasSameHashCodeAs(url);
        }
    }

    @Test
    void toStringIsTheRenderingWithThePasswordReplaced() {
        for (int i = 0; i < CASES; i++) {
            URL url = randomUrl();

            String expected = url.password() == null ? url.render(false) : url.withPassword("***").render(false);

            assertThat(url.toString()).isEqualTo(expected).isEqualTo(url.render(true));
        }
    }

    @Test
    void encodedPasswordsNeverAppearInErrorMessages() {
        for (int i = 0; i < CASES; i++) {
            String user = UrlCodec.encode(randomText(), UrlCodec.USERINFO_SAFE);
            String password = UrlCodec.encode(randomText() + "Qx9Z" + randomText(), UrlCodec.USERINFO_SAFE);
            String text = "pg://" + user + ":" + password + "@db.example.com:0/db";

            ArgumentException e = catchThrowableOfType(ArgumentException.class, () -> URL.parse(text));

            assertThat(e).as(text).isNotNull();
            assertThat(e.getMessage()).startsWith("Invalid database URL 'pg://" + user + ":***@db.example.com:0/db'")
                    .doesNotContain("Qx9Z");
        }
    }

    @Test
    void rawPasswordsNeverAppearInErrorMessagesWhateverTheyHold() {
        for (int i = 0; i < CASES; i++) {
            String password = randomText() + "Qx9Z" + randomText();
            String text = "pg://scott:" + password + "@db.example.com:0/db";

            ArgumentException e = catchThrowableOfType(ArgumentException.class, () -> URL.parse(text));

            assertThat(e).as(text).isNotNull();
            assertThat(e.getMessage()).as(text).startsWith("Invalid database URL 'pg://scott:***@")
                    .doesNotContain("Qx9Z");
        }
    }

    @Test
    void rawPasswordsWithoutTheirHostNeverAppearInErrorMessages() {
        for (int i = 0; i < CASES; i++) {
            String password = "Qx9Z" + randomText().replace("@", "");
            String text = "pg://scott:" + password;

            ArgumentException e = catchThrowableOfType(ArgumentException.class, () -> URL.parse(text));

            if (e != null) {
                assertThat(e.getMessage()).as(text).doesNotContain("Qx9Z");
            } else {
                // "Qx9Z..." is no port number, so only a raw '/' or '?' can let it parse: then it is the port
                // position no more, and the text before it is a host named "scott" with a bad port; so never.
                throw new AssertionError("parsed although the port is not a number: " + text);
            }
        }
    }

    private URL randomUrl() {
        URL.Builder b = URL.builder(randomName() + (random.nextBoolean() ? "" : "+" + randomName()));
        if (random.nextInt(5) > 0) {
            b.username(randomText());
            if (random.nextInt(4) > 0) {
                b.password(randomText());
            }
        }
        switch (random.nextInt(5)) {
            case 0 -> b.host(null);
            case 1 -> b.host(randomHostName());
            case 2 -> b.host(random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + random.nextInt(256));
            case 3 -> b.host(randomIpv6());
            default -> b.host("tns_" + randomName());
        }
        if (random.nextBoolean()) {
            b.port(1 + random.nextInt(65535));
        }
        if (random.nextInt(4) > 0) {
            b.database(random.nextInt(8) == 0 ? "/" + randomText() : randomText());
        }
        int keys = random.nextInt(4);
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int k = 0; k < keys; k++) {
            List<String> values = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int v = 0; v < n; v++) {
                values.add(randomText());
            }
            query.put(randomText(), values);
        }
        return b.query(query).build();
    }

    private String randomName() {
        String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            s.append(chars.charAt(random.nextInt(chars.length())));
        }
        return s.toString();
    }

    private String randomHostName() {
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789-._";
        StringBuilder s = new StringBuilder(randomName());
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(chars.charAt(random.nextInt(chars.length())));
        }
        return s.toString();
    }

    private String randomIpv6() {
        StringBuilder s = new StringBuilder();
        int groups = 1 + random.nextInt(7);
        for (int i = 0; i < groups; i++) {
            s.append(Integer.toHexString(random.nextInt(0x10000))).append(':');
        }
        return random.nextBoolean() ? s.append(':').append(random.nextInt(10)).toString()
                : s.append(Integer.toHexString(random.nextInt(0x10000))).toString();
    }

    /** Any valid Unicode text, weighted towards characters that are special in URLs. */
    private String randomText() {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(14);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(6)) {
                case 0, 1 -> s.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
                case 2 -> s.append((char) (' ' + random.nextInt(95)));
                case 3 -> s.append(NON_ASCII[random.nextInt(NON_ASCII.length)]);
                case 4 -> {
                    int cp;
                    do {
                        cp = random.nextInt(Character.MAX_CODE_POINT + 1);
                    } while (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
                    s.appendCodePoint(cp);
                }
                default -> s.append("%2").append((char) ('0' + random.nextInt(10)));
            }
        }
        return s.toString();
    }
}
