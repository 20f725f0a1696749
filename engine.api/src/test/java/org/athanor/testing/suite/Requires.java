package org.athanor.testing.suite;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a suite test (or a whole suite class) as needing features of the database: when the
 * {@link Requirements} of the database under test lack one, the test is skipped through a JUnit assumption
 * that names it (SQLAlchemy's {@code @testing.requires.savepoints}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Requires {

    /**
     * Returns the features needed.
     *
     * @return the features; all must be met
     */
    Requirements.Requirement[] value();
}
