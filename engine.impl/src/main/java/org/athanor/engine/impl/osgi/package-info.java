/**
 * Athanor in OSGi, as Declarative Services components: the dialect registry that tracks {@code Dialect}
 * services (published as the {@code DialectRegistry} service), the {@code EngineFactory} service, engines made
 * from Configuration Admin factory configurations of PID {@code org.athanor.engine} (published as {@code Engine}
 * services), and the Gogo commands of scope {@code engine}. Private to the bundle.
 */
package org.athanor.engine.impl.osgi;
