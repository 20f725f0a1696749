/**
 * Rows of results: column lookup by name (exact, then unique case-insensitive) and position, and conversions
 * for typed access. Private to the bundle.
 */
package org.athanor.engine.impl.result;
