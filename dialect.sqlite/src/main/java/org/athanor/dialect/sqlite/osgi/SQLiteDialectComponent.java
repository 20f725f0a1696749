package org.athanor.dialect.sqlite.osgi;

import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectServiceProperties;
import org.athanor.dialect.sqlite.SQLiteDialect;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The SQLite dialect ({@code sqlite://}, {@code sqlite+xerial://}) as a prototype-scoped {@link Dialect}
 * service: every engine that engine.impl's registry builds on it gets an instance of its own.
 *
 * <p>Thread-safe as {@link SQLiteDialect} is.
 */
@Component(service = Dialect.class, scope = ServiceScope.PROTOTYPE, property = {
    DialectServiceProperties.NAME + "=" + SQLiteDialect.NAME,
    DialectServiceProperties.DRIVER + "=" + SQLiteDialect.DRIVER,
    DialectServiceProperties.DEFAULT + ":Boolean=true"})
public final class SQLiteDialectComponent extends SQLiteDialect {
}
