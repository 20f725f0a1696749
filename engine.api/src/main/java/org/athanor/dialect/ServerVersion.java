package org.athanor.dialect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database server's version, detected on first connect, as numbers to compare (for feature switches such
 * as RETURNING or OFFSET/FETCH) and the text the server reported.
 *
 * <p>Immutable and thread-safe.
 *
 * @param parts the numeric parts, most significant first
 * @param text the version text as reported
 */
public record ServerVersion(List<Integer> parts, String text) implements Comparable<ServerVersion> {
    private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.(\\d+))?");

    /** Copies the parts. */
    public ServerVersion {
        parts = List.copyOf(parts);
    }

    /**
     * Makes a version from numbers.
     *
     * @param parts the parts
     * @return the version
     */
    public static ServerVersion of(int... parts) {
        List<Integer> list = new ArrayList<>();
        for (int p : parts) {
            list.add(p);
        }
        return new ServerVersion(list, String.join(".", Arrays.stream(parts).mapToObj(Integer::toString)
                .toList()));
    }

    /**
     * Parses the first dotted number in a version text, such as {@code 10.11.6-MariaDB} or
     * {@code PostgreSQL 15.4 on x86_64}.
     *
     * @param text the text
     * @return the version (no parts if the text has no number)
     */
    public static ServerVersion parse(String text) {
        List<Integer> list = new ArrayList<>();
        if (text != null) {
            Matcher m = NUMBERS.matcher(text);
            if (m.find()) {
                for (int g = 1; g <= 4 && m.group(g) != null; g++) {
                    list.add(Integer.parseInt(m.group(g)));
                }
            }
        }
        return new ServerVersion(list, text == null ? "" : text);
    }

    /**
     * Tells whether this version is at least the given one.
     *
     * @param other the parts to compare with
     * @return whether this is greater than or equal
     */
    public boolean atLeast(int... other) {
        return compareTo(of(other)) >= 0;
    }

    /**
     * Returns a part, or 0 if the version has fewer parts.
     *
     * @param index the zero-based part index
     * @return the part
     */
    public int part(int index) {
        return index < parts.size() ? parts.get(index) : 0;
    }

    @Override
    public int compareTo(ServerVersion o) {
        int n = Math.max(parts.size(), o.parts.size());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(part(i), o.part(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
