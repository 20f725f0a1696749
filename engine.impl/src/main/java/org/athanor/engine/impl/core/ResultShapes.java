package org.athanor.engine.impl.core;

import java.util.List;
import org.athanor.engine.Compiled;
import org.athanor.engine.ValueProcessor;
import org.athanor.engine.impl.result.Columns;
import org.athanor.engine.impl.text.TextCache;

/**
 * The column index and value processors of the results of recently executed statements, so that running a
 * statement again does not rebuild them. The driver stays the authority on the columns: each result's labels
 * are read from it and compared with the cached ones, and any difference (a {@code SELECT *} after the table
 * changed, another statement with the same text) builds and caches a new shape.
 *
 * <p>Thread-safe; bounded as the text statement caches are.
 */
final class ResultShapes {
    private final TextCache<Shape> cache;

    ResultShapes(int capacity) {
        this.cache = new TextCache<>(capacity);
    }

    /**
     * Returns the shape of a result: the cached one if it is of the same compiled statement and has the same
     * labels, otherwise a new one (then cached).
     *
     * @param compiled the statement executed
     * @param labels the result's column labels, as the driver reports them
     * @return the shape
     */
    Shape shape(Compiled compiled, List<String> labels) {
        String sql = compiled.sql();
        Shape s = cache.peek(sql);
        if (s != null && s.compiled == compiled && s.columns.hasKeys(labels)) {
            return s;
        }
        s = new Shape(compiled, labels);
        cache.put(sql, s);
        return s;
    }

    /** The columns of a result and, per column, the processor its values go through ({@code null}: none). */
    static final class Shape {
        final Compiled compiled;
        final Columns columns;
        final ValueProcessor[] processors;

        Shape(Compiled compiled, List<String> labels) {
            this.compiled = compiled;
            this.columns = new Columns(labels, compiled);
            int n = labels.size();
            ValueProcessor[] ps = null;
            for (int i = 0; i < n; i++) {
                ValueProcessor p = compiled.resultProcessor(i, labels.get(i));
                if (p != null) {
                    if (ps == null) {
                        ps = new ValueProcessor[n];
                    }
                    ps[i] = p;
                }
            }
            this.processors = ps;
        }
    }
}
