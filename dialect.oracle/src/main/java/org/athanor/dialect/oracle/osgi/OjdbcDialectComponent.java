package org.athanor.dialect.oracle.osgi;

import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectServiceProperties;
import org.athanor.dialect.oracle.OjdbcDialect;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The Oracle dialect on ojdbc11 ({@code oracle://}, {@code oracle+ojdbc://}) as a prototype-scoped {@link
 * Dialect} service, so that every engine engine.impl's registry builds on it gets an instance of its own. Its properties are named by {@link DialectServiceProperties}.
 *
 * <p>Thread-safe as {@link OjdbcDialect} is.
 */
@Component(service = Dialect.class, scope = ServiceScope.PROTOTYPE, property = {
    DialectServiceProperties.NAME + "=oracle",
    DialectServiceProperties.DRIVER + "=ojdbc",
    DialectServiceProperties.DEFAULT + ":Boolean=true"})
public final class OjdbcDialectComponent extends OjdbcDialect {
}
