/**
 * SQLite's SQL kit: statement, DDL and type compilers, identifier preparer and a PRAGMA-based reflector,
 * bundled by {@link org.athanor.dialect.sqlite.sql.SQLiteCompilerKit}. Private to the bundle.
 */
package org.athanor.dialect.sqlite.sql;
