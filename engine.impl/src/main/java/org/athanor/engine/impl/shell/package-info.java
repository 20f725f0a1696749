/**
 * The logic of the {@code engine:} shell commands, free of OSGi and Gogo: each command writes to a
 * {@link java.io.PrintWriter} and fails with a one-line {@link org.athanor.engine.impl.shell.ShellException}, so
 * it can be tested in plain JUnit. The Gogo component in {@code org.athanor.engine.impl.osgi} only passes
 * arguments through. Private to the bundle.
 */
package org.athanor.engine.impl.shell;
