/**
 * The engine core: engines, connection handles and the connection state they share, transactions, statement
 * execution, results, and the reclamation of forgotten connections and results through phantom references
 * (the {@code Reclaimer}). Private to the bundle.
 *
 * <p>Shape: an {@code EngineImpl} (one per {@code executionOptions} copy) shares an {@code EngineState}; each
 * checkout is a {@code ConnectionCore} holding the pooled connection and its transaction state; handles
 * ({@code ConnectionImpl}), connectionless results and threadlocal transactions hold {@code Lease}s on a core,
 * and the last lease released returns the driver connection to the pool.
 */
package org.athanor.engine.impl.core;
