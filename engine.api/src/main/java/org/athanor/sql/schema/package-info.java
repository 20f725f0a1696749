/**
 * Schema objects (seed 003's metadata): {@link org.athanor.sql.schema.MetaData}, a registry of
 * {@link org.athanor.sql.schema.Table}s made of {@link org.athanor.sql.schema.Column}s, keys, constraints,
 * {@link org.athanor.sql.schema.Index indexes} and {@link org.athanor.sql.schema.Sequence sequences};
 * creating and dropping them through an engine or a connection ({@code table.create(connectable)},
 * {@code metadata.createAll(connectable)} in foreign-key order) and reflecting them from a database
 * ({@code metadata.reflect(connectable)}).
 *
 * <pre>{@code
 * MetaData metadata = new MetaData();
 * Table users = new Table("users", metadata,
 *         Column.of("id", SqlTypes.INTEGER).primaryKey(),
 *         Column.of("name", SqlTypes.string(50)).notNull());
 * Table addresses = new Table("addresses", metadata,
 *         Column.of("id", SqlTypes.INTEGER).primaryKey(),
 *         Column.of("user_id", SqlTypes.INTEGER).references("users.id", ReferentialAction.CASCADE),
 *         Column.of("email", SqlTypes.string(100)).unique());
 * metadata.createAll(engine);
 * }</pre>
 */
@Export
@Version("1.0.0")
package org.athanor.sql.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
