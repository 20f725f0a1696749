/**
 * The SQLite dialect on xerial's sqlite-jdbc driver. Private to its bundle: applications reach it through
 * {@code sqlite://} URLs, found through {@link java.util.ServiceLoader} in plain Java and (later) through an
 * OSGi service.
 */
package org.athanor.dialect.sqlite;
