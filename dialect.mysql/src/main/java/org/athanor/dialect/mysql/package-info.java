/**
 * The MySQL dialect, which MariaDB servers share: {@link org.athanor.dialect.mysql.MySQLDialect}, the base
 * shared by both drivers, {@link org.athanor.dialect.mysql.ConnectorJDialect} for MySQL Connector/J (the
 * default: {@code mysql://}, {@code mysql+connectorj://}) and
 * {@link org.athanor.dialect.mysql.MariaDBConnectorDialect} for MariaDB Connector/J ({@code mysql+mariadb://});
 * and {@link org.athanor.dialect.mysql.MySQLTableOptions}, the storage engine and character set options DDL
 * appends to {@code CREATE TABLE}.
 */
@Export
@Version("1.1.0")
package org.athanor.dialect.mysql;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
