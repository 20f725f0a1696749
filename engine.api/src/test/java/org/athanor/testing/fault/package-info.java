/**
 * Fault injection for tests, shipped in engine.api's test-jar: {@link org.athanor.testing.fault.FaultProxy}
 * is a loopback TCP proxy that drops, stalls, refuses or slows the connections between an engine and its
 * database server on command.
 */
package org.athanor.testing.fault;
