package org.athanor.engine.impl.osgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.athanor.dialect.DialectInfo;
import org.athanor.dialect.DialectServiceProperties;
import org.athanor.engine.Engine;
import org.athanor.engine.impl.testing.TestSqliteDialect;
import org.athanor.exc.DialectUnavailableException;
import org.athanor.exc.UnknownDialectException;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

class DialectRegistryComponentTest {
    final DialectRegistryComponent component = new DialectRegistryComponent();

    static FakeOsgi.DialectService sqlite(boolean prototype) {
        return new FakeOsgi.DialectService("org.example.sqlite", TestSqliteDialect::new, prototype)
                .with(DialectServiceProperties.NAME, "sqlite")
                .with(DialectServiceProperties.DRIVER, "testjdbc")
                .with(DialectServiceProperties.DEFAULT, true);
    }

    void add(FakeOsgi.DialectService service) {
        component.addDialect(service, service.properties);
    }

    @Test
    void aServiceIsUsableAtOnceUnderItsProperties() {
        add(sqlite(true).with(Constants.SERVICE_RANKING, 7));

        assertThat(component.dialects()).containsExactly(
                new DialectInfo("sqlite", "testjdbc", true, 7, "org.example.sqlite"));
        try (Engine engine = component.factory().createEngine("sqlite://")) {
            assertThat(engine.execute("select 1").scalar()).isEqualTo(1);
        }
    }

    @Test
    void eachEngineGetsAPrototypeInstanceGivenBackAtDispose() {
        FakeOsgi.DialectService service = sqlite(true);
        add(service);

        Engine a = component.factory().createEngine("sqlite://");
        Engine b = component.factory().createEngine("sqlite://");

        assertThat(service.out).hasSize(2);
        assertThat(service.out.get(0)).isNotSameAs(service.out.get(1));
        a.dispose();
        b.dispose();
        assertThat(service.out).isEmpty();
    }

    @Test
    void aSharedServiceGivesEachEngineACopyOfItsClass() {
        FakeOsgi.DialectService service = sqlite(false);
        add(service);

        Engine a = component.factory().createEngine("sqlite://");
        Engine b = component.factory().createEngine("sqlite://");

        assertThat(service.gets).isEqualTo(1);
        assertThat(a.dialect()).isNotSameAs(b.dialect()).isInstanceOf(TestSqliteDialect.class);
        assertThat(a.dialect()).isNotSameAs(service.out.get(0));
        a.dispose();
        b.dispose();
    }

    @Test
    void aServiceWithoutPropertiesIsAskedForItsNames() {
        FakeOsgi.DialectService service = new FakeOsgi.DialectService("org.example.plain", TestSqliteDialect::new,
                true);
        add(service);

        assertThat(component.dialects()).extracting(DialectInfo::qualifiedName).containsExactly("sqlite+testjdbc");
        assertThat(service.out).isEmpty(); // the probe was given back
    }

    @Test
    void removingTheServiceDisposesItsEnginesAndForgetsTheName() {
        FakeOsgi.DialectService service = sqlite(true);
        add(service);
        Engine engine = component.factory().createEngine("sqlite://");

        component.removeDialect(service.properties);

        assertThat(engine.isDisposed()).isTrue();
        assertThatThrownBy(engine::connect).isInstanceOf(DialectUnavailableException.class)
                .hasMessageContaining("sqlite+testjdbc");
        assertThatThrownBy(() -> component.factory().createEngine("sqlite://"))
                .isInstanceOf(UnknownDialectException.class);
        assertThat(component.dialects()).isEmpty();
    }

    @Test
    void inProcessRegistrationWorksBesideServices() {
        component.register("mysql.foo", TestSqliteDialect::new);

        assertThat(component.dialects()).extracting(DialectInfo::qualifiedName).containsExactly("mysql+foo");
        assertThat(component.unregister("mysql.foo")).isTrue();
    }
}
