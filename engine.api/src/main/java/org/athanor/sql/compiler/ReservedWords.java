package org.athanor.sql.compiler;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sets of reserved words, lower case, for identifier preparers: {@link #ANSI} holds the words of standard
 * SQL that common databases reserve; dialects add their own with {@link #plus}.
 *
 * <p>Thread-safe: the sets are unmodifiable.
 */
public final class ReservedWords {

    /** Words reserved by standard SQL and by most databases. */
    public static final Set<String> ANSI = words(
            "all analyse analyze and any array as asc asymmetric authorization between binary both case cast"
                    + " check collate column constraint create cross current_date current_role current_time"
                    + " current_timestamp current_user default deferrable delete desc distinct do drop else end"
                    + " except exists false fetch for foreign freeze from full grant group having ilike in"
                    + " initially inner insert intersect into is isnull join lateral leading left like limit"
                    + " localtime localtimestamp natural new not notnull null off offset old on only or order"
                    + " outer overlaps placing primary references returning right select session_user set"
                    + " similar some symmetric table then to trailing true union unique update user using values"
                    + " verbose when where window with");

    private ReservedWords() {
    }

    /**
     * Makes a set from space-separated words.
     *
     * @param spaceSeparated the words
     * @return the set, lower case, unmodifiable
     */
    public static Set<String> words(String spaceSeparated) {
        Set<String> s = new HashSet<>();
        for (String w : spaceSeparated.trim().split("\\s+")) {
            s.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(s);
    }

    /**
     * Returns a set with more words.
     *
     * @param base the base set
     * @param spaceSeparated the words to add
     * @return the union, unmodifiable
     */
    public static Set<String> plus(Set<String> base, String spaceSeparated) {
        Set<String> s = new HashSet<>(base);
        s.addAll(words(spaceSeparated));
        return Set.copyOf(s);
    }
}
