package org.athanor.engine.impl.core;

/**
 * The results still open on one connection, so that returning or invalidating the connection closes their
 * statements (a JDBC statement left open would hold server resources for as long as the pooled connection
 * lives). The results are linked through their own fields ({@link ResultResources#openPrev},
 * {@link ResultResources#openNext}), so adding and removing one allocates nothing.
 *
 * <p>Thread-safe: a result reclaimed by the reclaimer leaves the set from the reclaimer's thread, and a
 * connection returned by the reclaimer closes the set from there. A {@link SpinLock} guards the list: the
 * owner thread almost never meets anyone else at it.
 */
final class OpenResults extends SpinLock {
    private ResultResources head;

    void add(ResultResources r) {
        lock();
        try {
            ResultResources h = head;
            r.openNext = h;
            r.openPrev = null;
            if (h != null) {
                h.openPrev = r;
            }
            head = r;
            r.open = true;
        } finally {
            unlock();
        }
    }

    void remove(ResultResources r) {
        lock();
        try {
            if (r.open) {
                unlink(r);
            }
        } finally {
            unlock();
        }
    }

    private void unlink(ResultResources r) {
        ResultResources p = r.openPrev;
        ResultResources n = r.openNext;
        if (p == null) {
            head = n;
        } else {
            p.openNext = n;
        }
        if (n != null) {
            n.openPrev = p;
        }
        r.openPrev = null;
        r.openNext = null;
        r.open = false;
    }

    /** Closes every open result's driver resources. */
    void closeAll() {
        ResultResources first;
        lock();
        try {
            first = head;
            head = null;
            for (ResultResources r = first; r != null; r = r.openNext) {
                r.open = false;
            }
        } finally {
            unlock();
        }
        // the detached chain is ours alone now: no add or remove reaches it (their open flag is false)
        for (ResultResources r = first; r != null;) {
            ResultResources next = r.openNext;
            r.openPrev = null;
            r.openNext = null;
            r.closeByConnection();
            r = next;
        }
    }
}
