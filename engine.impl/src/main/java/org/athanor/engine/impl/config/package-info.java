/**
 * Engines described by configuration: {@link org.athanor.engine.impl.config.EngineSpec} reads the properties of
 * an {@code org.athanor.engine} factory configuration (name, URL, password, options) and says clearly what is
 * wrong with them. Free of OSGi, for the configuration component and the shell alike. Private to the bundle.
 */
package org.athanor.engine.impl.config;
