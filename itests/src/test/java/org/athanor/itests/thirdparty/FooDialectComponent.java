package org.athanor.itests.thirdparty;

import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectServiceProperties;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Publishes {@link FooDialect} as a prototype-scoped {@code Dialect} service, as the README tells third parties.
 *
 * <p>Thread-safe as its superclass.
 */
@Component(service = Dialect.class, scope = ServiceScope.PROTOTYPE, property = {
    DialectServiceProperties.NAME + "=sqlite",
    DialectServiceProperties.DRIVER + "=" + FooDialect.DRIVER})
public class FooDialectComponent extends FooDialect {
}
