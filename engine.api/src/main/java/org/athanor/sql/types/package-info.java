/**
 * SQL types: what a column or expression holds, which Java class carries its values, and how values are
 * converted between their Java form and the driver's form in both directions. {@link
 * org.athanor.sql.types.SqlTypes} holds the constants and factories ({@code SqlTypes.INTEGER},
 * {@code SqlTypes.string(50)}, {@code SqlTypes.numeric(10, 2)}); a dialect's type compiler renders them as
 * type names and may adjust their conversions.
 */
@Export
@Version("1.0.0")
package org.athanor.sql.types;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
