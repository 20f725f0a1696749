/**
 * Athanor's runtime entry: {@link org.athanor.engine.impl.EngineFactoryImpl}, the engine factory that
 * {@code Athanor.createEngine} finds through {@link java.util.ServiceLoader}. Private to the bundle: nothing here
 * is exported.
 */
package org.athanor.engine.impl;
