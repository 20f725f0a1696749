/**
 * The PostgreSQL dialect: {@link org.athanor.dialect.postgresql.PostgreSQLDialect}, the base shared by every
 * PostgreSQL driver, and {@link org.athanor.dialect.postgresql.PgjdbcDialect}, the one for the
 * {@code org.postgresql} JDBC driver ({@code postgresql://} and {@code postgresql+pgjdbc://}); plus
 * {@link org.athanor.dialect.postgresql.PgNotificationListener}, which hands LISTEN/NOTIFY events from a
 * detached driver connection to a callback, and {@link org.athanor.dialect.postgresql.PgValues}, factories for
 * values the driver cannot infer (JSON, JSONB).
 */
@Export
@Version("1.0.0")
package org.athanor.dialect.postgresql;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
