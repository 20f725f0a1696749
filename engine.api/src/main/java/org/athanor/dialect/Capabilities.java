package org.athanor.dialect;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a dialect's database can do, as a typed set of {@link Feature}s plus a few figures, in place of
 * SQLAlchemy's loose {@code supports_*} flags.
 *
 * <p>Immutable and thread-safe.
 */
public final class Capabilities {

    /** A feature a database may or may not have. */
    public enum Feature {
        /** SAVEPOINT, ROLLBACK TO SAVEPOINT, RELEASE SAVEPOINT. */
        SAVEPOINTS,
        /** DDL inside a transaction is rolled back with it. */
        TRANSACTIONAL_DDL,
        /** INSERT ... RETURNING (or Oracle's RETURNING INTO). */
        INSERT_RETURNING,
        /** UPDATE ... RETURNING. */
        UPDATE_RETURNING,
        /** DELETE ... RETURNING. */
        DELETE_RETURNING,
        /** CREATE SEQUENCE and NEXTVAL. */
        SEQUENCES,
        /** Identity columns (GENERATED ... AS IDENTITY). */
        IDENTITY_COLUMNS,
        /** A native boolean type and TRUE/FALSE literals. */
        NATIVE_BOOLEAN,
        /** A native UUID type. */
        NATIVE_UUID,
        /** A JSON type. */
        JSON,
        /** INSERT ... VALUES (...), (...). */
        MULTI_ROW_INSERT,
        /** FULL OUTER JOIN. */
        FULL_OUTER_JOIN,
        /** INTERSECT and EXCEPT (or MINUS). */
        INTERSECT_EXCEPT,
        /** Named schemas. */
        SCHEMAS,
        /** COMMENT ON TABLE / COLUMN or an equivalent. */
        COMMENTS,
        /** Server-side cursors for streamed results. */
        SERVER_SIDE_CURSORS,
        /** JDBC batches that the driver rewrites into one statement. */
        BATCH_REWRITE,
        /** NULLS FIRST / NULLS LAST in ORDER BY. */
        NULLS_ORDERING,
        /** Check constraints that the server enforces. */
        CHECK_CONSTRAINTS,
        /** {@code INSERT ... ON CONFLICT ... DO NOTHING / DO UPDATE} (PostgreSQL 9.5, SQLite 3.24). */
        INSERT_ON_CONFLICT,
        /** {@code INSERT ... ON DUPLICATE KEY UPDATE} (MySQL, MariaDB). */
        INSERT_ON_DUPLICATE_KEY_UPDATE,
        /** One-dimensional ARRAY columns and the array operators ({@code = ANY}, {@code @>}, {@code <@}, {@code &&}). */
        ARRAYS
    }

    private final Set<Feature> features;
    private final int maxIdentifierLength;

    private Capabilities(Set<Feature> features, int maxIdentifierLength) {
        this.features = features;
        this.maxIdentifierLength = maxIdentifierLength;
    }

    /**
     * Makes capabilities.
     *
     * @param maxIdentifierLength the longest identifier the database accepts
     * @param features the features it has
     * @return the capabilities
     */
    public static Capabilities of(int maxIdentifierLength, Feature... features) {
        EnumSet<Feature> set = EnumSet.noneOf(Feature.class);
        Collections.addAll(set, features);
        return new Capabilities(Collections.unmodifiableSet(set), maxIdentifierLength);
    }

    /**
     * Returns a copy with features added.
     *
     * @param more the features
     * @return the copy
     */
    public Capabilities with(Feature... more) {
        EnumSet<Feature> set = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
        Collections.addAll(set, more);
        return new Capabilities(Collections.unmodifiableSet(set), maxIdentifierLength);
    }

    /**
     * Returns a copy with features removed.
     *
     * @param less the features
     * @return the copy
     */
    public Capabilities without(Feature... less) {
        EnumSet<Feature> set = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
        for (Feature f : less) {
            set.remove(f);
        }
        return new Capabilities(Collections.unmodifiableSet(set), maxIdentifierLength);
    }

    /**
     * Tells whether the database has a feature.
     *
     * @param feature the feature
     * @return whether supported
     */
    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    /** @return the features (unmodifiable) */
    public Set<Feature> features() {
        return features;
    }

    /** @return the longest identifier the database accepts */
    public int maxIdentifierLength() {
        return maxIdentifierLength;
    }

    @Override
    public String toString() {
        return "Capabilities" + features + ", maxIdentifierLength=" + maxIdentifierLength;
    }
}
