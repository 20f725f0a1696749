package org.athanor.sql.ddl;

import org.athanor.engine.ExecutionOptions;
import org.athanor.sql.schema.Sequence;

/**
 * {@code CREATE SEQUENCE name [START WITH n] [INCREMENT BY n]}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CreateSequence extends DdlElement {
    private final Sequence sequence;

    /**
     * Creates the statement.
     *
     * @param sequence the sequence
     */
    public CreateSequence(Sequence sequence) {
        this(sequence, ExecutionOptions.none());
    }

    private CreateSequence(Sequence sequence, ExecutionOptions options) {
        super(options);
        this.sequence = sequence;
    }

    /** @return the sequence */
    public Sequence sequence() {
        return sequence;
    }

    @Override
    DdlElement copy(ExecutionOptions newOptions) {
        return new CreateSequence(sequence, newOptions);
    }
}
