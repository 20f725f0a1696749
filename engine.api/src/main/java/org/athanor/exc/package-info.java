/**
 * Athanor's exceptions: one unchecked hierarchy rooted at {@link org.athanor.exc.AthanorException}.
 *
 * <p>Driver errors arrive as subclasses of {@link org.athanor.exc.DBAPIException}, which carry the
 * statement, its parameters and the driver's {@link java.sql.SQLException} as the cause, classified the
 * way SQLAlchemy classifies DBAPI errors (integrity, operational, programming, data, not-supported,
 * interface, internal). Misuse of the library (a bad URL, an unknown dialect, a closed connection, a pool
 * that ran dry) has its own types whose messages say what to do. No message ever contains a password.
 *
 * <p>All types in this package are immutable once thrown and may be shared between threads.
 */
@Export
@Version("1.0.0")
package org.athanor.exc;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
