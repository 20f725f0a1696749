/**
 * DDL statements as executable objects — {@link org.athanor.sql.ddl.CreateTable},
 * {@link org.athanor.sql.ddl.DropTable}, {@link org.athanor.sql.ddl.CreateIndex},
 * {@link org.athanor.sql.ddl.DropIndex}, {@link org.athanor.sql.ddl.CreateSequence},
 * {@link org.athanor.sql.ddl.DropSequence}, {@link org.athanor.sql.ddl.CommentOn} — compiled by the
 * dialect's {@link org.athanor.sql.compiler.DdlCompiler}, and {@link org.athanor.sql.ddl.SchemaRunner},
 * which runs them for {@code table.create(...)} and {@code metadata.createAll(...)} (seed 003's
 * SchemaGenerator).
 */
@Export
@Version("1.0.0")
package org.athanor.sql.ddl;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
