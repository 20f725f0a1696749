package org.athanor.dialect.mysql.osgi;

import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectServiceProperties;
import org.athanor.dialect.mysql.ConnectorJDialect;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The MySQL dialect on MySQL Connector/J ({@code mysql://}, {@code mysql+connectorj://}) as a prototype-scoped
 * {@link Dialect} service, so that every engine engine.impl's registry builds on it gets an instance of its own.
 * Its properties are named by {@link DialectServiceProperties}.
 *
 * <p>Thread-safe as {@link ConnectorJDialect} is.
 */
@Component(service = Dialect.class, scope = ServiceScope.PROTOTYPE, property = {
    DialectServiceProperties.NAME + "=mysql",
    DialectServiceProperties.DRIVER + "=connectorj",
    DialectServiceProperties.DEFAULT + ":Boolean=true"})
public final class ConnectorJDialectComponent extends ConnectorJDialect {
}
