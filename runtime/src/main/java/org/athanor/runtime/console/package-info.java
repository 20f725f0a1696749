/**
 * The distribution's console: the Gogo shell at a terminal, or, when standard input is not a terminal,
 * the commands read from it, run in order and reflected in the exit status.
 *
 * <p>Private to the org.athanor.runtime bundle; nothing here is exported.
 */
package org.athanor.runtime.console;
