package org.athanor.engine.impl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.impl.EngineFactoryImpl;
import org.athanor.engine.impl.testing.TestSqliteDialect;
import org.athanor.exc.ArgumentException;
import org.junit.jupiter.api.Test;

/** Dialect instances of a provider with a releaser (an OSGi prototype service) go back when they are done. */
class DialectRegistryImpl_ReleaseTest {
    final DialectRegistryImpl registry = new DialectRegistryImpl(false, List.of());
    final EngineFactoryImpl factory = new EngineFactoryImpl(registry);
    final List<Dialect> made = new ArrayList<>();
    final List<Dialect> released = new ArrayList<>();

    Registration provide() {
        return registry.addProvided("bundle", "sqlite", "proto", true, 0, () -> {
            Dialect d = new TestSqliteDialect();
            made.add(d);
            return d;
        }, released::add);
    }

    @Test
    void disposingAnEngineReleasesItsDialect() {
        provide();
        Engine engine = factory.createEngine("sqlite+proto://");

        assertThat(released).isEmpty();
        engine.dispose();
        engine.dispose();

        assertThat(released).containsExactlyElementsOf(made).hasSize(1);
    }

    @Test
    void anEngineThatFailsToBuildReleasesItsDialect() {
        provide();

        assertThatThrownBy(() -> factory.createEngine("sqlite+proto://",
                EngineOptions.builder().isolationLevel("NO SUCH LEVEL").build()))
                .isInstanceOf(ArgumentException.class);
        assertThat(released).containsExactlyElementsOf(made).hasSize(1);
    }

    @Test
    void nothingIsReleasedOnceTheProviderWentAway() {
        Registration registration = provide();
        Engine engine = factory.createEngine("sqlite+proto://");

        registry.removeProvided(registration);

        assertThat(engine.isDisposed()).isTrue();
        assertThat(released).isEmpty(); // the provider let its instances go itself
    }
}
