package org.athanor.engine.impl.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The results still open on one connection, so that returning or invalidating the connection closes their
 * statements (a JDBC statement left open would hold server resources for as long as the pooled connection
 * lives).
 *
 * <p>Thread-safe: a result reclaimed by the Cleaner leaves the set from the Cleaner's thread.
 */
final class OpenResults {
    private List<ResultResources> open;

    synchronized void add(ResultResources r) {
        if (open == null) {
            open = new ArrayList<>(2);
        }
        open.add(r);
    }

    synchronized void remove(ResultResources r) {
        if (open != null) {
            open.remove(r);
        }
    }

    /** Closes every open result's driver resources. */
    void closeAll() {
        List<ResultResources> copy;
        synchronized (this) {
            if (open == null || open.isEmpty()) {
                return;
            }
            copy = new ArrayList<>(open);
            open.clear();
        }
        for (ResultResources r : copy) {
            r.closeByConnection();
        }
    }
}
