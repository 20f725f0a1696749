/**
 * Connection pools: the {@link org.athanor.pool.Pool} SPI and the standard pools (queue, null,
 * singleton-per-thread, static, assertion), which an application may use directly or subclass
 * (seed 002's sharing pool is a {@link org.athanor.pool.NullPool} subclass).
 *
 * <p>The shapes follow SQLAlchemy's pool module: a {@link org.athanor.pool.ConnectionRecord} is a slot that
 * outlives its driver connections, a {@link org.athanor.pool.PooledConnection} is one checkout of it, and a
 * pool subclass decides only where idle records are kept ({@code doGet} / {@code doReturnConn}). The base
 * class does the rest: creation through a {@link org.athanor.pool.ConnectionCreator} with driver errors
 * wrapped by the dialect, reset on return of dirty checkouts only, pre-ping, recycle, invalidation of one
 * connection or of every older one, and {@link org.athanor.pool.PoolListener} events.
 *
 * <p>A checkout of an idle connection from a {@link org.athanor.pool.QueuePool} and its clean return take
 * no lock, make no driver call and allocate only the {@code PooledConnection}.
 */
@Export
@Version("1.0.0")
package org.athanor.pool;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
