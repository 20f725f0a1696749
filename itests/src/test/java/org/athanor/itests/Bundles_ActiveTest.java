package org.athanor.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleRevision;

/** Every bundle of the container resolves and starts: Athanor's own, the drivers, and the services they need. */
public class Bundles_ActiveTest extends AthanorContainer {
    private void assertActive(String... symbolicNames) {
        Map<String, Bundle> bundles = Arrays.stream(context.getBundles())
                .collect(Collectors.toMap(Bundle::getSymbolicName, Function.identity(), (a, b) -> a));

        assertThat(bundles).containsKeys(symbolicNames);
        for (String name : symbolicNames) {
            assertThat(bundles.get(name).getState()).as(name + " state").isEqualTo(Bundle.ACTIVE);
        }
    }

    @Test
    public void everyAthanorBundleIsActive() {
        assertActive(ATHANOR_BUNDLES);
    }

    @Test
    public void everyDriverBundleIsActive() {
        assertActive(DRIVER_BUNDLES);
    }

    @Test
    public void noBundleIsLeftUnstarted() {
        assertThat(Arrays.stream(context.getBundles())
                .filter(b -> (b.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0)
                .filter(b -> b.getState() != Bundle.ACTIVE)
                .map(b -> b.getSymbolicName() + " " + b.getVersion() + " in state " + b.getState()))
                .isEmpty();
    }
}
