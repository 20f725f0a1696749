package org.athanor.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import javax.inject.Inject;

import org.athanor.itests.tiny.HelloActivator;
import org.junit.Test;
import org.ops4j.pax.tinybundles.TinyBundlesFactory;
import org.osgi.framework.Bundle;

/** A bundle built inside the container with TinyBundles installs, starts, registers its service and uninstalls. */
public class TinyBundles_InstallTest extends AthanorContainer {
    private static final String GREETING = "(greeting=hello)";

    @Inject
    private TinyBundlesFactory tinyBundles;

    @Test
    public void aBundleBuiltInTheContainerInstallsStartsAndUninstalls() throws Exception {
        Bundle bundle;
        try (InputStream jar = tinyBundles.bundle()
                .symbolicName("org.athanor.itests.hello")
                .setHeader("Bundle-Version", "1.0.0")
                .activator(HelloActivator.class)
                .build(tinyBundles.bndBuilder())) {
            bundle = context.installBundle("tinybundles:org.athanor.itests.hello", jar);
        }
        try {
            bundle.start();

            assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
            assertThat(context.getServiceReferences(Runnable.class, GREETING))
                    .singleElement()
                    .satisfies(ref -> assertThat(ref.getBundle()).isEqualTo(bundle));
        } finally {
            bundle.uninstall();
        }

        assertThat(bundle.getState()).isEqualTo(Bundle.UNINSTALLED);
        assertThat(context.getServiceReferences(Runnable.class, GREETING)).isEmpty();
    }
}
