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
    private Map<String, Bundle> bundlesByName() {
        return Arrays.stream(context.getBundles())
                .collect(Collectors.toMap(Bundle::getSymbolicName, Function.identity(), (a, b) -> a));
    }

    @Test
    public void everyAthanorBundleIsActive() {
        Map<String, Bundle> bundles = bundlesByName();

        assertThat(bundles).containsKeys(ATHANOR_BUNDLES);
        for (String name : ATHANOR_BUNDLES) {
            assertThat(bundles.get(name).getState()).as(name + " state").isEqualTo(Bundle.ACTIVE);
        }
    }

    @Test
    public void everyDriverBundleIsActive() {
        Map<String, Bundle> bundles = bundlesByName();

        assertThat(bundles).containsKeys(DRIVER_BUNDLES);
        for (String name : DRIVER_BUNDLES) {
            assertThat(bundles.get(name).getState()).as(name + " state").isEqualTo(Bundle.ACTIVE);
        }
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
