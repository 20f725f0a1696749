package org.athanor.dialect.oracle.osgi;

import org.athanor.dialect.Dialect;
import org.athanor.dialect.oracle.OjdbcDialect;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The Oracle dialect on ojdbc11 ({@code oracle://}, {@code oracle+ojdbc://}) as a prototype-scoped {@link
 * Dialect} service, so that every engine engine.impl's registry builds on it gets an instance of its own. The
 * property names are those of {@code org.athanor.dialect.DialectServiceProperties} (NAME, DRIVER, DEFAULT).
 *
 * <p>Thread-safe as {@link OjdbcDialect} is.
 */
@Component(service = Dialect.class, scope = ServiceScope.PROTOTYPE, property = {
    "athanor.dialect.name=oracle",
    "athanor.dialect.driver=ojdbc",
    "athanor.dialect.default:Boolean=true"})
public final class OjdbcDialectComponent extends OjdbcDialect {
}
