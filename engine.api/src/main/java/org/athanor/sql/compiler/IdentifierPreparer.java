package org.athanor.sql.compiler;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.TableClause;

/**
 * Renders identifiers (table, column, constraint, index, sequence and label names) for one database:
 * a name that is lower case, made of letters, digits and underscores and not a reserved word is written
 * as it is (and so is case-insensitive); any other name — mixed or upper case, a reserved word, spaces,
 * quotes, semicolons — is quoted, with the quote character doubled inside. A name can therefore never
 * change a statement's structure; a name containing a NUL character is refused.
 *
 * <p>Databases that fold unquoted names to upper case (Oracle) report them so in their catalogs:
 * {@link #normalizeName} and {@link #denormalizeName} convert between that and Athanor's lower-case form.
 *
 * <p>Immutable and thread-safe.
 */
public class IdentifierPreparer {
    private static final Pattern LEGAL = Pattern.compile("[a-z_][a-z0-9_$]*");

    private final Set<String> reservedWords;
    private final char initialQuote;
    private final char finalQuote;
    private final boolean foldsToUpperCase;

    /** Creates the ANSI preparer: double quotes, {@link ReservedWords#ANSI}. */
    public IdentifierPreparer() {
        this(ReservedWords.ANSI, '"', '"', false);
    }

    /**
     * Creates a preparer.
     *
     * @param reservedWords reserved words, lower case
     * @param initialQuote the opening quote character
     * @param finalQuote the closing quote character (doubled when it occurs in a name)
     * @param foldsToUpperCase whether the database stores unquoted names in upper case
     */
    public IdentifierPreparer(Set<String> reservedWords, char initialQuote, char finalQuote,
            boolean foldsToUpperCase) {
        this.reservedWords = Set.copyOf(reservedWords);
        this.initialQuote = initialQuote;
        this.finalQuote = finalQuote;
        this.foldsToUpperCase = foldsToUpperCase;
    }

    /**
     * Renders a name, quoting it if it needs it.
     *
     * @param name the name
     * @return the SQL form
     * @throws ArgumentException for an empty name or one containing NUL
     */
    public String quote(String name) {
        return requiresQuotes(name) ? quoteAlways(name) : name;
    }

    /**
     * Tells whether a name must be quoted.
     *
     * @param name the name
     * @return whether quoting is needed
     */
    public boolean requiresQuotes(String name) {
        check(name);
        return reservedWords.contains(name) || !legalUnquoted(name);
    }

    /**
     * Tells whether a name is a legal unquoted identifier (ignoring reserved words).
     *
     * @param name the name
     * @return whether legal
     */
    protected boolean legalUnquoted(String name) {
        return LEGAL.matcher(name).matches();
    }

    /**
     * Quotes a name whatever it is.
     *
     * @param name the name
     * @return the quoted form
     */
    public String quoteAlways(String name) {
        check(name);
        String doubled = String.valueOf(finalQuote) + finalQuote;
        return initialQuote + name.replace(String.valueOf(finalQuote), doubled) + finalQuote;
    }

    /**
     * Renders a table's name with its schema.
     *
     * @param table the table
     * @return {@code schema.name} or {@code name}, each part quoted as needed
     */
    public String formatTable(TableClause table) {
        return qualified(table.schema(), table.name());
    }

    /**
     * Renders a schema-qualified name.
     *
     * @param schema the schema, or {@code null}
     * @param name the name
     * @return the SQL form
     */
    public String qualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    /**
     * Converts a name as the database's catalog reports it to Athanor's form: on a database that folds to
     * upper case, an all-upper-case name that would be legal unquoted becomes lower case (it was created
     * case-insensitive); others are kept.
     *
     * @param name the catalog's name
     * @return the name to use in Athanor
     */
    public String normalizeName(String name) {
        if (name == null || !foldsToUpperCase) {
            return name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.equals(name.toUpperCase(Locale.ROOT)) && legalUnquoted(lower) && !reservedWords.contains(lower)) {
            return lower;
        }
        return name;
    }

    /**
     * Converts an Athanor name to the form the database's catalog uses (the inverse of
     * {@link #normalizeName}).
     *
     * @param name the name
     * @return the catalog's form
     */
    public String denormalizeName(String name) {
        if (name == null || !foldsToUpperCase) {
            return name;
        }
        return requiresQuotes(name) ? name : name.toUpperCase(Locale.ROOT);
    }

    /** @return whether the database stores unquoted names in upper case */
    public boolean foldsToUpperCase() {
        return foldsToUpperCase;
    }

    /** @return the reserved words */
    public Set<String> reservedWords() {
        return reservedWords;
    }

    private static void check(String name) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("An identifier must not be empty.");
        }
        if (name.indexOf('\0') >= 0) {
            throw new ArgumentException("An identifier must not contain the NUL character; '"
                    + name.replace('\0', '?') + "' does.");
        }
    }
}
