/**
 * The bootstrap of Athanor's runnable distribution: prepares the working folder, points Configuration
 * Admin, FileInstall and the Gogo shell at it, and hands the launcher's main thread to the console.
 *
 * <p>Private to the org.athanor.runtime bundle; nothing here is exported.
 */
package org.athanor.runtime;
