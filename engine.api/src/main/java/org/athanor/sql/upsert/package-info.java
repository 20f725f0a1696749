/**
 * Upserts: the INSERT options that turn a conflicting row into an update or a skip.
 * {@link org.athanor.sql.upsert.OnConflict} is {@code ON CONFLICT ... DO NOTHING / DO UPDATE} (PostgreSQL,
 * SQLite); {@link org.athanor.sql.upsert.OnDuplicateKeyUpdate} is {@code ON DUPLICATE KEY UPDATE} (MySQL,
 * MariaDB). Both are given to an INSERT with {@code insert.withOption(...)}; the INSERT itself stays the same
 * for every database, and a dialect whose database lacks the clause refuses the statement with an
 * {@link org.athanor.exc.UnsupportedCompilationException} when it is compiled, before anything reaches the
 * database.
 *
 * <p>They live in engine.api rather than in one dialect bundle because more than one database writes each
 * (PostgreSQL and SQLite the same ON CONFLICT, and third-party dialects such as CockroachDB or TiDB one or the
 * other): a dialect switches the rendering on with the {@code INSERT_ON_CONFLICT} or
 * {@code INSERT_ON_DUPLICATE_KEY_UPDATE} capability, and application code that upserts depends on engine.api
 * alone.
 */
@Export
@Version("1.0.0")
package org.athanor.sql.upsert;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
