/**
 * The engine layer: {@link org.athanor.engine.Engine}, {@link org.athanor.engine.Connection},
 * {@link org.athanor.engine.Transaction}, {@link org.athanor.engine.Result}, {@link org.athanor.engine.Row},
 * the database {@link org.athanor.engine.URL}, engine and execution options, and the static entry point
 * {@link org.athanor.engine.Athanor}.
 *
 * <p>Start with {@code Athanor.createEngine("sqlite:///app.db")}; keep one engine per database for the
 * life of the application; check connections out with {@code engine.connect()} in try-with-resources.
 */
@Export
@Version("1.0.0")
package org.athanor.engine;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
