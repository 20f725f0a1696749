/**
 * A third-party dialect ({@code sqlite+foo}) that the integration tests package as a bundle of its own with
 * TinyBundles, install, use and uninstall.
 */
package org.athanor.itests.thirdparty;
