/**
 * Oracle's SQL kit: statement, DDL and type compilers, an identifier preparer that folds to upper case and a
 * reflector, bundled by {@link org.athanor.dialect.oracle.sql.OracleCompilerKit}. Private to the bundle.
 */
package org.athanor.dialect.oracle.sql;
