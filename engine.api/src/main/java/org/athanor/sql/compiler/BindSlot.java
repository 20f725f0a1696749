package org.athanor.sql.compiler;

import java.util.function.Supplier;
import org.athanor.engine.ValueProcessor;

/**
 * One {@code ?} placeholder of a compiled statement and where its value comes from: an execution
 * parameter of its name if given, otherwise the statement's own bind parameter, a column default, or
 * nothing (then the parameter is required).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the parameter name execution parameters are matched by
 * @param source where the value comes from when no execution parameter of the name is given
 * @param bindIndex for {@link Source#STATEMENT}, the index of the bind parameter in the statement's
 *     cache key; otherwise -1
 * @param defaultValue for {@link Source#DEFAULT}, the supplier of the column default
 * @param processor the conversion applied to the value, or {@code null}
 */
public record BindSlot(String name, Source source, int bindIndex, Supplier<?> defaultValue,
        ValueProcessor processor) {

    /** Where a slot's value comes from when no execution parameter of its name is given. */
    public enum Source {
        /** The value held by a bind parameter of the statement. */
        STATEMENT,
        /** Nothing: an execution parameter of the name is required. */
        PARAMETER,
        /** A column's client-side default. */
        DEFAULT,
        /** An output placeholder (Oracle's RETURNING ... INTO ?), bound to a {@link ReturningOut} marker. */
        OUT
    }
}
