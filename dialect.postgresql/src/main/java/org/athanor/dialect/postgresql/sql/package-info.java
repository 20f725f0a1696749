/**
 * PostgreSQL's SQL kit: statement, DDL and type compilers, identifier preparer and a reflector that tells
 * unique constraints from indexes, bundled by
 * {@link org.athanor.dialect.postgresql.sql.PostgreSQLCompilerKit}. Private to the bundle.
 */
package org.athanor.dialect.postgresql.sql;
