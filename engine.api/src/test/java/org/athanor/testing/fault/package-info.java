/**
 * Fault injection and reliability suites for tests, shipped in engine.api's test-jar (issue 7).
 *
 * <ul>
 * <li>{@link org.athanor.testing.fault.FaultProxy}: a loopback TCP proxy that drops, stalls, refuses or slows
 * the connections between an engine and its server on command.</li>
 * <li>{@link org.athanor.testing.fault.FaultTarget}: what the suites need to know about one database; a
 * dialect module implements it once. {@link org.athanor.testing.fault.FaultFixture} is the suites' side door
 * to the server (an administrator engine, a tag on the tested connections, count and kill).</li>
 * <li>The suites a live dialect module subclasses: {@link org.athanor.testing.fault.FaultSuite} (server
 * kills, drops, stalls, refusals, pre-ping, recycle, too many connections),
 * {@link org.athanor.testing.fault.SessionResetSuite} (a returned connection reaches the next borrower as
 * new), {@link org.athanor.testing.fault.RestartSuite} (a restart under load of a
 * {@link org.athanor.testing.fault.ServerInstance} of the test's own),
 * {@link org.athanor.testing.fault.LedgerSoak} (16 threads of ledger transactions under a
 * {@link org.athanor.testing.fault.FaultInjector}; tag {@code soak}) and
 * {@link org.athanor.testing.fault.PasswordSuite} (a known password is never shown).</li>
 * </ul>
 */
package org.athanor.testing.fault;
