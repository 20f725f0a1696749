package org.athanor.dialect.oracle;

import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.athanor.dialect.Capabilities.Feature;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.DefaultDialect;
import org.athanor.dialect.ErrorClassifier;
import org.athanor.dialect.ServerVersion;
import org.athanor.dialect.oracle.sql.OracleCompilerKit;
import org.athanor.sql.compiler.CompilerKit;

/**
 * The base of every Oracle dialect (SQLAlchemy's {@code OracleDialect}): what Oracle Database does, whatever
 * the driver — versions and the features they bring, isolation levels, savepoints without {@code RELEASE},
 * the error codes that mean a dead session, classification by {@code ORA-} code, identifier case folding and
 * value conversions. {@link OjdbcDialect} adds the thin driver's URL forms and types.
 *
 * <p><b>Identifier case.</b> Oracle stores unquoted names in upper case. As in SQLAlchemy, a name written all
 * in lower case in Athanor means "case-insensitive": {@link #denormalizeName} turns {@code order_id} into
 * {@code ORDER_ID} for the database, and {@link #normalizeName} turns the database's {@code ORDER_ID} back
 * into {@code order_id}; a name with any upper-case letter is taken as exact and quoted.
 *
 * <p><b>Dialect options.</b> {@value #USE_ANSI} (default true): when false, the compiler writes outer joins
 * in Oracle's old {@code (+)} form in the WHERE clause (seed 003), for Oracle 8 and earlier;
 * {@value #MAX_IDENTIFIER_LENGTH}: overrides the identifier length derived from the server version.
 *
 * <p><b>Values.</b> Booleans are bound as 1/0 for {@code NUMBER(1)} columns (Oracle before 23ai has no
 * boolean column type); a {@link UUID} as its 36-character text; an {@link Instant} or
 * {@link ZonedDateTime} as a {@code TIMESTAMP WITH TIME ZONE} value. Oracle stores an empty string as NULL,
 * so {@code ""} reads back as {@code null}. Integral {@code NUMBER} columns read as {@code Integer} (up to 9
 * digits) or {@code Long} (up to 18), others as {@code BigDecimal}; {@code DATE} and {@code TIMESTAMP} as
 * {@code LocalDateTime}; CLOBs as {@code String}, BLOBs as {@code byte[]}.
 *
 * <p>Thread-safe after {@link #configure} and {@link #initialize}.
 */
public abstract class OracleDialect extends DefaultDialect {

    /** The dialect option that chooses ANSI joins (true, the default) or Oracle's {@code (+)} joins. */
    public static final String USE_ANSI = "use_ansi";
    /** The dialect option that overrides the maximum identifier length. */
    public static final String MAX_IDENTIFIER_LENGTH = "max_identifier_length";

    private static final Set<String> LEVELS = Set.of("AUTOCOMMIT", "READ COMMITTED", "SERIALIZABLE");
    private static final Pattern VERSION = Pattern.compile("(?:Version|Release)\\s+(\\d+(?:\\.\\d+)*)");
    private static final Pattern UNQUOTED_LOWER = Pattern.compile("[a-z][a-z0-9_$#]*");
    private static final Pattern UNQUOTED_UPPER = Pattern.compile("[A-Z][A-Z0-9_$#]*");

    private volatile String defaultSchema;

    /** Creates the dialect. */
    protected OracleDialect() {
    }

    @Override
    public final String name() {
        return "oracle";
    }

    @Override
    protected Set<String> knownOptions() {
        return Set.of(USE_ANSI, MAX_IDENTIFIER_LENGTH);
    }

    /**
     * Tells the compiler whether to write ANSI joins ({@value #USE_ANSI} option, default true).
     *
     * @return false to write {@code (+)} outer joins
     */
    public boolean useAnsi() {
        return booleanOption(USE_ANSI, true);
    }

    // ----------------------------------------------------------------- server

    /**
     * Reads the version (the {@code Version x.y.z} or {@code Release x.y.z} part of the product version) and
     * the session's current schema (left unknown where the database cannot tell it, as on an Oracle-mode
     * stand-in); ends the transaction the query began unless the connection autocommits.
     */
    @Override
    public void initialize(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductVersion();
        setServerVersion(parseVersion(product));
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA') FROM DUAL")) {
            if (rs.next()) {
                defaultSchema = normalizeName(rs.getString(1));
            }
        } catch (SQLException e) {
            if (isDisconnect(e)) {
                throw e;
            }
            defaultSchema = null;
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
    }

    /**
     * Parses Oracle's product version text, such as {@code "Oracle Database 19c Enterprise Edition Release
     * 19.0.0.0.0 - Production\nVersion 19.3.0.0.0"}: the {@code Version} part when present (it has the
     * release update), else the {@code Release} part, else the first number.
     *
     * @param text the product version
     * @return the version, with the text as given
     */
    static ServerVersion parseVersion(String text) {
        String t = text == null ? "" : text;
        String best = null;
        Matcher m = VERSION.matcher(t);
        while (m.find()) {
            if (best == null || t.regionMatches(true, m.start(), "Version", 0, 7)) {
                best = m.group(1);
            }
        }
        ServerVersion parsed = ServerVersion.parse(best != null ? best : t);
        return new ServerVersion(parsed.parts(), t);
    }

    /** Lets this package's tests set the version without a server. */
    void useServerVersion(ServerVersion version) {
        setServerVersion(version);
    }

    /** @return the session's schema at the first connection, normalized (lower case if case-insensitive) */
    public String defaultSchema() {
        return defaultSchema;
    }

    private boolean atLeast(int... version) {
        ServerVersion v = serverVersion();
        return v == null || v.parts().isEmpty() || v.atLeast(version);
    }

    /**
     * Tells the compiler whether {@code OFFSET ... FETCH FIRST} is available (Oracle 12c); before it, limits
     * are written with {@code ROWNUM} subqueries.
     *
     * @return whether to write OFFSET/FETCH (true before the first connection)
     */
    public boolean supportsFetchFirst() {
        return atLeast(12);
    }

    /**
     * Oracle's features by version: identity columns from 12c, 128-character identifiers from 12.2 (30
     * before), a JSON type from 21c, native booleans and multi-row VALUES from 23ai.
     */
    @Override
    public Capabilities capabilities() {
        Object maxLength = option(MAX_IDENTIFIER_LENGTH, null);
        int length = maxLength != null ? Integer.parseInt(maxLength.toString().trim()) : atLeast(12, 2) ? 128 : 30;
        Capabilities c = Capabilities.of(length, Feature.SAVEPOINTS, Feature.SEQUENCES, Feature.INSERT_RETURNING,
                Feature.UPDATE_RETURNING, Feature.DELETE_RETURNING, Feature.FULL_OUTER_JOIN, Feature.INTERSECT_EXCEPT,
                Feature.SCHEMAS, Feature.COMMENTS, Feature.NULLS_ORDERING, Feature.CHECK_CONSTRAINTS);
        if (atLeast(12)) {
            c = c.with(Feature.IDENTITY_COLUMNS);
        }
        if (atLeast(21)) {
            c = c.with(Feature.JSON);
        }
        if (atLeast(23)) {
            c = c.with(Feature.NATIVE_BOOLEAN, Feature.MULTI_ROW_INSERT);
        }
        return c;
    }

    // ----------------------------------------------------------------- identifiers

    /**
     * Turns a name from Athanor's convention into Oracle's: an all-lower-case name that needs no quotes
     * becomes upper case; anything else is kept as it is.
     *
     * @param name the name, or {@code null}
     * @return the name as Oracle stores it
     */
    public String denormalizeName(String name) {
        return name != null && UNQUOTED_LOWER.matcher(name).matches() ? name.toUpperCase(Locale.ROOT) : name;
    }

    /**
     * Turns a name as Oracle stores it into Athanor's convention: an all-upper-case name that needs no quotes
     * becomes lower case (case-insensitive); anything else is kept exact.
     *
     * @param name the name, or {@code null}
     * @return the normalized name
     */
    public String normalizeName(String name) {
        return name != null && UNQUOTED_UPPER.matcher(name).matches() ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** Asks for generated keys by the names Oracle stores (upper case for case-insensitive names). */
    @Override
    protected String[] generatedKeyColumns(List<String> primaryKey) {
        List<String> out = new ArrayList<>(primaryKey.size());
        primaryKey.forEach(c -> out.add(denormalizeName(c)));
        return out.toArray(String[]::new);
    }

    // ----------------------------------------------------------------- transactions

    /** Oracle's levels: READ COMMITTED (its default), SERIALIZABLE and AUTOCOMMIT. */
    @Override
    public Set<String> isolationLevels() {
        return LEVELS;
    }

    /** Does nothing: Oracle has no {@code RELEASE SAVEPOINT}; savepoints end with the transaction. */
    @Override
    public void releaseSavepoint(Connection connection, String name) {
    }

    // ----------------------------------------------------------------- errors

    /** The kit's checks, plus {@link OracleErrors#DISCONNECT_CODES} and {@code SQLRecoverableException}. */
    @Override
    public boolean isDisconnect(SQLException e) {
        return super.isDisconnect(e) || OracleErrors.isDisconnect(e);
    }

    /** By {@code ORA-} code first, then the kit. */
    @Override
    protected ErrorClassifier.Kind classify(SQLException e) {
        ErrorClassifier.Kind byCode = OracleErrors.classify(e);
        return byCode != null ? byCode : super.classify(e);
    }

    // ----------------------------------------------------------------- values

    @Override
    public void setParameter(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Boolean b) {
            statement.setInt(index, b ? 1 : 0);
        } else if (value instanceof UUID u) {
            statement.setString(index, u.toString());
        } else if (value instanceof Instant i) {
            statement.setObject(index, i.atOffset(ZoneOffset.UTC));
        } else if (value instanceof ZonedDateTime z) {
            statement.setObject(index, z.toOffsetDateTime());
        } else if (value instanceof Character ch) {
            statement.setString(index, ch.toString());
        } else if (value == null) {
            statement.setNull(index, Types.NULL);
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public Object getValue(ResultSet resultSet, int index) throws SQLException {
        return convert(resultSet, index, resultSet.getObject(index));
    }

    /**
     * Converts a value the driver returned to the Java value a row holds; a driver's dialect adds its own types.
     *
     * @param resultSet the result set, on the row
     * @param index the one-based column index
     * @param value what {@code getObject} returned
     * @return the value
     * @throws SQLException if the driver fails
     */
    protected Object convert(ResultSet resultSet, int index, Object value) throws SQLException {
        if (value instanceof BigDecimal d) {
            return narrow(d, resultSet.getMetaData(), index);
        }
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Clob c) {
            try {
                return c.getSubString(1, (int) Math.min(Integer.MAX_VALUE, c.length()));
            } finally {
                c.free();
            }
        }
        if (value instanceof Blob b) {
            try {
                return b.getBytes(1, (int) Math.min(Integer.MAX_VALUE, b.length()));
            } finally {
                b.free();
            }
        }
        return value;
    }

    /**
     * Narrows an integral NUMBER: {@code NUMBER(p)} with p up to 9 to {@code Integer}, up to 18 to
     * {@code Long}; an unconstrained {@code NUMBER} (as {@code COUNT(*)} returns) to {@code Long} when the
     * value is whole and fits; anything else stays {@code BigDecimal}.
     */
    static Object narrow(BigDecimal d, ResultSetMetaData md, int index) throws SQLException {
        int precision = md.getPrecision(index);
        int scale = md.getScale(index);
        if (scale == 0 && precision > 0 && precision <= 9) {
            return d.intValueExact();
        }
        if (scale == 0 && precision > 9 && precision <= 18) {
            return d.longValueExact();
        }
        if (precision == 0 && (scale == 0 || scale == -127)) {
            try {
                return d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValueExact() : d;
            } catch (ArithmeticException tooBig) {
                return d;
            }
        }
        return d;
    }

    /** Oracle's SQL kit, writing ANSI or {@code (+)} joins as the {@value #USE_ANSI} option says. */
    @Override
    public CompilerKit compilerKit() {
        return useAnsi() ? OracleCompilerKit.ANSI : OracleCompilerKit.NON_ANSI;
    }
}
