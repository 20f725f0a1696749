package org.athanor.engine;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Percent-encoding and decoding of the text parts of a {@link URL} (UTF-8, RFC 3986 style).
 *
 * <p>Each part has its own set of characters left as they are; everything else, including every
 * non-ASCII character, is written as {@code %XX} escapes of its UTF-8 bytes.
 *
 * <p>Thread-safe: stateless.
 */
final class UrlCodec {

    /** Characters kept in a username or password: unreserved and sub-delimiters. */
    static final String USERINFO_SAFE = "-._~!$&'()*+,;=";

    /** Characters kept in a database: as for user information, plus path-like {@code : / \}. */
    static final String DATABASE_SAFE = "-._~!$&'()*+,;=:/\\";

    /** Characters kept in a query key or value ({@code + & = ;} are escaped: they mean something there). */
    static final String QUERY_SAFE = "-._~!$'()*,:/";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlCodec() {
    }

    /** The text form of URL components; see {@link URL#render(boolean)}. */
    static String render(String drivername, String username, String password, String host,
            Integer port, String database, Map<String, List<String>> query, boolean hidePassword) {
        StringBuilder s = new StringBuilder(drivername).append("://");
        if (username != null) {
            s.append(encode(username, USERINFO_SAFE));
        }
        if (password != null) {
            s.append(':').append(hidePassword ? UrlChecks.MASK : encode(password, USERINFO_SAFE));
        }
        if (username != null || password != null) {
            s.append('@');
        }
        if (host != null) {
            s.append(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
        }
        if (port != null) {
            s.append(':').append(port);
        }
        if (database != null) {
            s.append('/').append(encode(database, DATABASE_SAFE));
        }
        char sep = '?';
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            for (String value : e.getValue() == null ? List.<String>of() : e.getValue()) {
                boolean secret = hidePassword && ConnectArgs.isSecret(String.valueOf(e.getKey()));
                s.append(sep).append(encode(String.valueOf(e.getKey()), QUERY_SAFE)).append('=')
                        .append(secret ? UrlChecks.MASK : encode(String.valueOf(value), QUERY_SAFE));
                sep = '&';
            }
        }
        return s.toString();
    }

    /**
     * Percent-encodes {@code text}, keeping ASCII letters, digits and the characters of {@code safe}.
     * An unpaired surrogate (which {@link URL} refuses anyway) is written as the escapes of U+FFFD.
     */
    static String encode(String text, String safe) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80 && (isAsciiLetterOrDigit(cp) || safe.indexOf(cp) >= 0)) {
                out.append((char) cp);
                continue;
            }
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                cp = 0xFFFD;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes {@code %XX} escapes (as UTF-8) and, when {@code plusIsSpace}, {@code +} as a space.
     * Characters that are not escaped are kept as they are.
     *
     * @throws IllegalArgumentException if a {@code %} is not followed by two hex digits or the escaped
     *     bytes are not UTF-8; the message names the offending escape text
     */
    static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int runStart = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || hexValue(text.charAt(i + 1)) < 0
                        || hexValue(text.charAt(i + 2)) < 0) {
                    String bad = text.substring(i, Math.min(i + 3, text.length()));
                    throw new IllegalArgumentException(
                            "'" + bad + "' is not a percent-escape ('%' must be followed by two hex digits;"
                                    + " write a literal '%' as %25)");
                }
                if (runStart < 0) {
                    runStart = i;
                }
                bytes.write(hexValue(text.charAt(i + 1)) << 4 | hexValue(text.charAt(i + 2)));
                i += 2;
                continue;
            }
            if (runStart >= 0) {
                out.append(utf8(bytes, text.substring(runStart, i)));
                runStart = -1;
            }
            out.append(plusIsSpace && c == '+' ? ' ' : c);
        }
        if (runStart >= 0) {
            out.append(utf8(bytes, text.substring(runStart)));
        }
        return out.toString();
    }

    private static String utf8(ByteArrayOutputStream bytes, String escapes) {
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            bytes.reset();
            return decoded;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    "the escapes '" + escapes + "' are not UTF-8 (characters beyond ASCII are written as the"
                            + " percent-escapes of their UTF-8 bytes)", e);
        }
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Whether {@code text} holds a surrogate that is not part of a pair (such text has no UTF-8 form). */
    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
