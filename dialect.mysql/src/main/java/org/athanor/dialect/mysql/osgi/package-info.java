/**
 * The MySQL dialects (both drivers) as OSGi services: a Declarative Services component per dialect. Private to the
 * bundle.
 */
package org.athanor.dialect.mysql.osgi;
