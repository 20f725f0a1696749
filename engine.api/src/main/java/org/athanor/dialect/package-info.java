/**
 * The dialect SPI and its default kit: {@link org.athanor.dialect.Dialect} describes one database and
 * driver; {@link org.athanor.dialect.DefaultDialect} is the base every dialect, including a third party's,
 * extends; {@link org.athanor.dialect.DialectRegistry} maps URL names such as {@code mysql+mariadb} to
 * dialects.
 */
@Export
@Version("1.2.0")
package org.athanor.dialect;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
