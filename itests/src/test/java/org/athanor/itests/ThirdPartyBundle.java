package org.athanor.itests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.athanor.itests.thirdparty.FooDialect;
import org.athanor.itests.thirdparty.FooDialectComponent;
import org.ops4j.pax.tinybundles.TinyBundlesFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * Builds the third-party dialect bundle ({@code sqlite+foo}) inside the container with TinyBundles and bnd,
 * which computes its imports (engine.api's packages and org.sqlite) and its DS descriptor, exactly as a third
 * party's build would. Each build also leaves a copy at {@code <itest.work.dir>/org.example.dialect.foo.jar},
 * the jar used to show installing it into the running distribution.
 *
 * <p>Not thread-safe; one per test.
 */
final class ThirdPartyBundle {
    /** The bundle's symbolic name. */
    static final String SYMBOLIC_NAME = "org.example.dialect.foo";

    private final TinyBundlesFactory tinyBundles;
    private final BundleContext context;

    ThirdPartyBundle(TinyBundlesFactory tinyBundles, BundleContext context) {
        this.tinyBundles = tinyBundles;
        this.context = context;
    }

    /**
     * Builds the bundle.
     *
     * @param version its Bundle-Version
     * @return the jar, also copied to the work folder
     * @throws IOException if the copy fails
     */
    InputStream build(String version) throws IOException {
        Path copy = Path.of(System.getProperty("itest.work.dir"), SYMBOLIC_NAME + ".jar");
        Files.createDirectories(copy.getParent());
        try (InputStream jar = tinyBundles.bundle()
                .symbolicName(SYMBOLIC_NAME)
                .setHeader("Bundle-Version", version)
                .setHeader("Bundle-Name", "Example third-party dialect sqlite+foo")
                .addClass(FooDialect.class)
                .addClass(FooDialectComponent.class)
                .build(tinyBundles.bndBuilder())) {
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.newInputStream(copy);
    }

    /**
     * Builds, installs and starts the bundle.
     *
     * @return the started bundle
     * @throws IOException if building fails
     * @throws BundleException if installing or starting fails
     */
    Bundle installAndStart() throws IOException, BundleException {
        Bundle bundle;
        try (InputStream jar = build("1.0.0")) {
            bundle = context.installBundle("tinybundles:" + SYMBOLIC_NAME, jar);
        }
        bundle.start();
        return bundle;
    }
}
