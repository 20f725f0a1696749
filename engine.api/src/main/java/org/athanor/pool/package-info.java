/**
 * Connection pools: the {@link org.athanor.pool.Pool} SPI and the standard pools (queue, null,
 * singleton-per-thread, static, assertion), which an application may use directly or subclass
 * (seed 002's sharing pool is a {@link org.athanor.pool.NullPool} subclass).
 */
@Export
@Version("1.0.0")
package org.athanor.pool;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
