/**
 * The dialect registry: ServiceLoader discovery, in-process registration by class name or supplier, dynamic
 * providers for an OSGi tracker, name resolution, and removal notices to the engines built on a dialect.
 * Private to the bundle.
 */
package org.athanor.engine.impl.registry;
