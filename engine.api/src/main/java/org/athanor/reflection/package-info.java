/**
 * Reflection: reading a database's schema back. An {@link org.athanor.reflection.Inspector} (from an engine
 * or a connection) lists schemas, tables and views and describes columns, keys, indexes, constraints and
 * comments; {@link org.athanor.reflection.MetaDataReflector} turns the descriptions into
 * {@link org.athanor.sql.schema.Table}s ({@code metadata.reflect(engine)}, {@code Table.autoload}). The
 * work is done by the dialect's {@link org.athanor.reflection.Reflector}; the kit's
 * {@link org.athanor.reflection.JdbcReflector} uses {@code java.sql.DatabaseMetaData} and dialects override
 * it where their driver's metadata is poor.
 */
@Export
@Version("1.0.0")
package org.athanor.reflection;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
