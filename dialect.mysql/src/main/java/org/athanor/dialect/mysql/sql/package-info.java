/**
 * MySQL's and MariaDB's SQL kit: statement, DDL and type compilers, backtick identifier preparer and a
 * reflector that reads unique constraints from {@code information_schema}, bundled by
 * {@link org.athanor.dialect.mysql.sql.MySQLCompilerKit}. Private to the bundle.
 */
package org.athanor.dialect.mysql.sql;
