/**
 * The Oracle dialect as an OSGi service: a Declarative Services component. Private to the bundle.
 */
package org.athanor.dialect.oracle.osgi;
