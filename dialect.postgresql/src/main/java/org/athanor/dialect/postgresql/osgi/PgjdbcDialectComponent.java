package org.athanor.dialect.postgresql.osgi;

import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectServiceProperties;
import org.athanor.dialect.postgresql.PgjdbcDialect;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The PostgreSQL dialect on pgjdbc ({@code postgresql://}, {@code postgresql+pgjdbc://}) as a prototype-scoped
 * {@link Dialect} service, so that every engine engine.impl's registry builds on it gets an instance of its own.
 * Its properties are named by {@link DialectServiceProperties}.
 *
 * <p>Thread-safe as {@link PgjdbcDialect} is.
 */
@Component(service = Dialect.class, scope = ServiceScope.PROTOTYPE, property = {
    DialectServiceProperties.NAME + "=postgresql",
    DialectServiceProperties.DRIVER + "=pgjdbc",
    DialectServiceProperties.DEFAULT + ":Boolean=true"})
public final class PgjdbcDialectComponent extends PgjdbcDialect {
}
