/**
 * The SQLite dialect as an OSGi service: a Declarative Services component per dialect. Private to the bundle.
 */
package org.athanor.dialect.sqlite.osgi;
