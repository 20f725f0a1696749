package org.athanor.engine.impl.core;

import java.util.List;
import org.athanor.engine.Echo;
import org.athanor.exc.StatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine's statement log (SQLAlchemy's {@code echo}): with {@link Echo#ON}, each statement with its
 * parameters and each BEGIN / COMMIT / ROLLBACK at INFO; with {@link Echo#DEBUG}, result columns and rows
 * too. The logger is {@code org.athanor.engine.Engine}, or {@code org.athanor.engine.Engine.<loggingName>}.
 * Nothing here ever sees a password: the URL is logged masked, and parameters are those of statements.
 *
 * <p>Immutable and thread-safe.
 */
final class EchoLog {
    /** The base logger name. */
    static final String LOGGER = "org.athanor.engine.Engine";

    private final Logger logger;
    private final boolean statements;
    private final boolean rows;

    EchoLog(String loggingName, Echo echo) {
        this.logger = LoggerFactory.getLogger(loggingName == null ? LOGGER : LOGGER + "." + loggingName);
        this.statements = echo != Echo.OFF;
        this.rows = echo == Echo.DEBUG;
    }

    Logger logger() {
        return logger;
    }

    boolean statements() {
        return statements;
    }

    boolean rows() {
        return rows;
    }

    void statement(String sql, List<?> parameters) {
        if (statements) {
            logger.info("{} [parameters: {}]", sql, StatementException.renderParameters(parameters));
        }
    }

    void batch(String sql, List<? extends List<?>> parameterSets) {
        if (statements) {
            logger.info("{} [{} parameter sets: {}]", sql, parameterSets.size(),
                    StatementException.renderParameters(parameterSets));
        }
    }

    void event(String what) {
        if (statements) {
            logger.info(what);
        }
    }

    void columns(List<String> keys) {
        if (rows) {
            logger.info("Col {}", StatementException.renderParameters(keys));
        }
    }

    void row(List<Object> values) {
        if (rows) {
            logger.info("Row {}", StatementException.renderParameters(values));
        }
    }
}
