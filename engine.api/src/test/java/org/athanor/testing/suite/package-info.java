/**
 * The dialect conformance suite: abstract JUnit 5 test classes that check a dialect, through the engine,
 * against the behaviour every Athanor dialect must have (SQLAlchemy's {@code testing/suite}).
 *
 * <p>A dialect module runs it by subclassing {@link org.athanor.testing.suite.ConformanceSuite} (every part
 * at once) or the single suites, supplying a {@link org.athanor.testing.suite.TestDatabase}: how to create
 * an engine for the database under test, and the {@link org.athanor.testing.suite.Requirements} that say
 * what the database can do, so that tests of features it lacks are skipped (JUnit assumptions) instead of
 * failing. Tests use only the engine.api contract ({@code Athanor.createEngine}) and text SQL; each test
 * creates uniquely named tables and drops them afterwards.
 */
package org.athanor.testing.suite;
