/**
 * The shared statement catalogue: statements covering every construct of the SQL expression language and
 * the DDL, over one fixture schema, with the results they must give; dialect modules check their exact SQL
 * against expectation files and run the catalogue on their database.
 */
package org.athanor.testing.sql;
