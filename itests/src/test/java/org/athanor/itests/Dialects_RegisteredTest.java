package org.athanor.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;

import javax.inject.Inject;

import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectInfo;
import org.athanor.dialect.DialectRegistry;
import org.athanor.dialect.DialectServiceProperties;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineFactory;
import org.junit.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * Every dialect Athanor ships is a prototype-scoped {@code Dialect} service of its bundle, with the service
 * properties of {@link DialectServiceProperties}, and the registry service knows it by that bundle.
 */
public class Dialects_RegisteredTest extends AthanorContainer {
    /** The shipped dialects: qualified name, providing bundle, default or not. */
    private static final List<DialectInfo> SHIPPED = List.of(
            new DialectInfo("sqlite", "xerial", true, 0, "org.athanor.dialect.sqlite"),
            new DialectInfo("postgresql", "pgjdbc", true, 0, "org.athanor.dialect.postgresql"),
            new DialectInfo("mysql", "connectorj", true, 0, "org.athanor.dialect.mysql"),
            new DialectInfo("mysql", "mariadb", false, 0, "org.athanor.dialect.mysql"),
            new DialectInfo("oracle", "ojdbc", true, 0, "org.athanor.dialect.oracle"));

    @Inject
    private DialectRegistry registry;
    @Inject
    private EngineFactory factory;

    @Test
    public void theRegistryListsEveryShippedDialectByItsBundle() {
        assertThat(registry.dialects()).containsAll(SHIPPED);
    }

    @Test
    public void theRegistryUsesServicesOnlyNeverServiceLoader() {
        assertThat(registry.dialects()).extracting(DialectInfo::source)
                .allMatch(source -> source.startsWith("org.athanor.dialect."));
    }

    @Test
    public void eachShippedDialectIsAPrototypeServiceWithItsProperties() throws Exception {
        Collection<ServiceReference<Dialect>> refs = context.getServiceReferences(Dialect.class, null);
        for (DialectInfo d : SHIPPED) {
            assertThat(refs).as(d.qualifiedName()).anySatisfy(ref -> {
                assertThat(ref.getProperty(DialectServiceProperties.NAME)).isEqualTo(d.name());
                assertThat(ref.getProperty(DialectServiceProperties.DRIVER)).isEqualTo(d.driver());
                assertThat(ref.getProperty(DialectServiceProperties.DEFAULT)).isEqualTo(d.defaultDriver());
                assertThat(ref.getProperty(Constants.SERVICE_SCOPE)).isEqualTo(Constants.SCOPE_PROTOTYPE);
                assertThat(ref.getBundle().getSymbolicName()).isEqualTo(d.source());
            });
        }
    }

    @Test
    public void theDefaultDriverAnswersThePlainName() {
        try (Engine mysql = factory.createEngine("mysql://root@localhost/test");
                Engine mariadb = factory.createEngine("mysql+mariadb://root@localhost/test")) {
            assertThat(mysql.dialect().qualifiedName()).isEqualTo("mysql+connectorj");
            assertThat(mariadb.dialect().qualifiedName()).isEqualTo("mysql+mariadb");
        }
    }

    @Test
    public void theFactoryServiceMakesEnginesOnThem() {
        try (Engine engine = factory.createEngine("sqlite://")) {
            assertThat(engine.dialect().qualifiedName()).isEqualTo("sqlite+xerial");
            assertThat(engine.execute("select 1").scalar()).isEqualTo(1);
        }
    }

    @Test
    public void inProcessRegistrationWorksInOsgiToo() {
        registry.register("sqlite.inproc", () -> (Dialect) registry.load("sqlite+xerial"));
        try {
            assertThat(registry.dialects()).extracting(DialectInfo::qualifiedName).contains("sqlite+inproc");
            try (Engine engine = factory.createEngine("sqlite+inproc://")) {
                assertThat(engine.execute("select 2").scalar()).isEqualTo(2);
            }
        } finally {
            registry.unregister("sqlite.inproc");
        }
        assertThat(registry.dialects()).extracting(DialectInfo::qualifiedName).doesNotContain("sqlite+inproc");
    }
}
