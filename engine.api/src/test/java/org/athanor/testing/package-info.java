/**
 * Test helpers shared by Athanor's modules and by third-party dialects, shipped in engine.api's test-jar:
 * {@link org.athanor.testing.LiveDatabase} finds a live database server from an environment variable and
 * skips (or, under {@code CI=true}, fails) with one clear line when it is not there. The dialect
 * conformance suite is in {@link org.athanor.testing.suite}.
 */
package org.athanor.testing;
