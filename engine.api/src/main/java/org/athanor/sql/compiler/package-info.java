/**
 * The compiler kit a dialect extends (seed 003's Compiler and SchemaGenerator): the
 * {@link org.athanor.sql.compiler.StatementCompiler} turns expression-language statements into SQL text
 * with JDBC {@code ?} placeholders and ordered bind slots; the {@link org.athanor.sql.compiler.DdlCompiler}
 * renders CREATE / DROP / COMMENT; the {@link org.athanor.sql.compiler.TypeCompiler} names types and converts
 * values; the {@link org.athanor.sql.compiler.IdentifierPreparer} quotes names. A
 * {@link org.athanor.sql.compiler.CompilerKit} bundles the four for one database; a dialect returns its kit
 * from {@code Dialect.compilerKit()}. Compiled forms are cached per dialect in a bounded
 * {@link org.athanor.sql.compiler.StatementCache}.
 */
@Export
@Version("1.0.0")
package org.athanor.sql.compiler;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
