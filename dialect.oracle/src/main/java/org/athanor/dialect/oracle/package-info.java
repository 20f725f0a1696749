/**
 * The Oracle dialect: {@link org.athanor.dialect.oracle.OracleDialect}, the base shared by Oracle drivers, and
 * {@link org.athanor.dialect.oracle.OjdbcDialect} for Oracle's thin JDBC driver, ojdbc11 ({@code oracle://},
 * {@code oracle+ojdbc://}), which this bundle embeds because the driver jar carries no OSGi headers.
 */
@Export
@Version("1.0.0")
package org.athanor.dialect.oracle;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
