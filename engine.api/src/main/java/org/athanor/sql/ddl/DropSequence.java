package org.athanor.sql.ddl;

import org.athanor.engine.ExecutionOptions;
import org.athanor.sql.schema.Sequence;

/**
 * {@code DROP SEQUENCE name}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DropSequence extends DdlElement {
    private final Sequence sequence;

    /**
     * Creates the statement.
     *
     * @param sequence the sequence
     */
    public DropSequence(Sequence sequence) {
        this(sequence, ExecutionOptions.none());
    }

    private DropSequence(Sequence sequence, ExecutionOptions options) {
        super(options);
        this.sequence = sequence;
    }

    /** @return the sequence */
    public Sequence sequence() {
        return sequence;
    }

    @Override
    DdlElement copy(ExecutionOptions newOptions) {
        return new DropSequence(sequence, newOptions);
    }
}
