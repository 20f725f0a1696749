package org.athanor.testing.suite;

import java.lang.reflect.AnnotatedElement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Skips a suite test whose {@link Requires} features the database under test lacks, before any
 * {@code @BeforeEach} method creates tables for it.
 *
 * <p>Thread-safe: stateless.
 */
public final class RequirementsExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Object instance = context.getRequiredTestInstance();
        if (!(instance instanceof SuiteBase suite)) {
            return;
        }
        Requirements requirements = suite.requirements();
        check(requirements, context.getRequiredTestClass(), suite);
        check(requirements, context.getRequiredTestMethod(), suite);
    }

    private static void check(Requirements requirements, AnnotatedElement element, SuiteBase suite) {
        AnnotationSupport.findAnnotation(element, Requires.class).ifPresent(r -> {
            for (Requirements.Requirement needed : r.value()) {
                Assumptions.assumeTrue(requirements.has(needed), () -> suite.db().description()
                        + " does not meet requirement " + needed);
            }
        });
    }
}
