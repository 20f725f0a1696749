package org.athanor.dialect.mysql.osgi;

import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectServiceProperties;
import org.athanor.dialect.mysql.MariaDBConnectorDialect;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The MySQL dialect on MariaDB Connector/J ({@code mysql+mariadb://}, not the default for {@code mysql://}) as a
 * prototype-scoped {@link Dialect} service, so that every engine engine.impl's registry builds on it gets an
 * instance of its own. Its properties are named by {@link DialectServiceProperties}.
 *
 * <p>Thread-safe as {@link MariaDBConnectorDialect} is.
 */
@Component(service = Dialect.class, scope = ServiceScope.PROTOTYPE, property = {
    DialectServiceProperties.NAME + "=mysql",
    DialectServiceProperties.DRIVER + "=mariadb",
    DialectServiceProperties.DEFAULT + ":Boolean=false"})
public final class MariaDBConnectorDialectComponent extends MariaDBConnectorDialect {
}
