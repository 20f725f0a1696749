package org.athanor.engine;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Converts one value between its Java form and its driver form: a bind processor (Java to driver) or a
 * result processor (driver to Java), supplied by a column's type.
 *
 * <p>Implementations must be stateless and thread-safe.
 */
@ConsumerType
@FunctionalInterface
public interface ValueProcessor {

    /**
     * Converts a value.
     *
     * @param value the value, possibly {@code null}
     * @return the converted value, possibly {@code null}
     */
    Object process(Object value);
}
