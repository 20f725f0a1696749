package org.athanor.dialect;

/**
 * The OSGi service properties a dialect bundle puts on its {@link Dialect} service, which engine.impl's
 * registry reads to answer URLs: {@code mysql+foo://} is answered by the service with {@value #NAME}
 * {@code mysql} and {@value #DRIVER} {@code foo}; {@code mysql://} by the highest-ranking
 * ({@code service.ranking}) of the {@code mysql} services marked {@value #DEFAULT}.
 *
 * <p>Register the dialect with prototype scope (a Declarative Services component with
 * {@code scope = ServiceScope.PROTOTYPE}, or a {@code PrototypeServiceFactory}) so that every engine gets a
 * dialect instance of its own; a singleton or bundle-scoped service still works, as the registry then makes
 * each engine's instance with the service class's public no-argument constructor. When the service lacks
 * {@value #NAME} or {@value #DRIVER}, the registry asks an instance for its {@link Dialect#name()},
 * {@link Dialect#driver()}, {@link Dialect#isDefaultDriver()} and {@link Dialect#ranking()} instead.
 *
 * <p>A Declarative Services component in a dialect bundle:
 *
 * <pre>{@code
 * @Component(service = Dialect.class, scope = ServiceScope.PROTOTYPE, property = {
 *     DialectServiceProperties.NAME + "=mysql",
 *     DialectServiceProperties.DRIVER + "=foo",
 *     DialectServiceProperties.DEFAULT + ":Boolean=false"})
 * public class FooDialectComponent extends FooDialect {
 * }
 * }</pre>
 *
 * <p>Constants only; thread-safe.
 */
public final class DialectServiceProperties {

    /** The database name in URLs, such as {@code mysql}: a String. */
    public static final String NAME = "athanor.dialect.name";

    /** The driver name in qualified URLs, such as {@code foo} in {@code mysql+foo://}: a String. */
    public static final String DRIVER = "athanor.dialect.driver";

    /**
     * Whether the plain name ({@code mysql://}) may resolve to this driver: a Boolean (or the String
     * {@code "true"}); absent means {@code false}. Among several defaults of one name, the highest
     * {@code service.ranking} wins.
     */
    public static final String DEFAULT = "athanor.dialect.default";

    private DialectServiceProperties() {
    }
}
