package org.athanor.exc;

import java.util.List;

/**
 * An error raised while executing a statement, carrying the statement text and its parameters.
 *
 * <p>The message shows the statement and a shortened rendering of its parameters (long values and long
 * parameter lists are elided), so that a log line says what was running without flooding the log.
 *
 * <p>Thread-safe: immutable once constructed (the parameter list is copied).
 */
public class StatementException extends AthanorException {
    private static final long serialVersionUID = 1L;

    private static final int MAX_VALUE_CHARS = 100;
    private static final int MAX_PARAMS = 10;

    private final String statement;
    private final transient List<?> parameters;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     * @param statement the SQL text, or {@code null} if none was being executed
     * @param parameters the parameters: a list of values for one execution, a list of lists or maps for
     *     many, or {@code null}
     * @param cause the cause
     */
    public StatementException(String message, String statement, List<?> parameters, Throwable cause) {
        super(compose(message, statement, parameters), cause);
        this.statement = statement;
        this.parameters = parameters == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(parameters));
    }

    /** @return the SQL text being executed, or {@code null} */
    public String statement() {
        return statement;
    }

    /** @return the parameters of the execution (empty if none) */
    public List<?> parameters() {
        return parameters == null ? List.of() : parameters;
    }

    static String compose(String message, String statement, List<?> parameters) {
        StringBuilder sb = new StringBuilder(message == null ? "" : message);
        if (statement != null) {
            sb.append("\n[SQL: ").append(statement).append(']');
            if (parameters != null && !parameters.isEmpty()) {
                sb.append("\n[parameters: ").append(renderParameters(parameters)).append(']');
            }
        }
        return sb.toString();
    }

    /**
     * Renders parameters for a message or a log line, eliding long values and long lists.
     *
     * @param parameters the parameters
     * @return a short rendering
     */
    public static String renderParameters(List<?> parameters) {
        StringBuilder sb = new StringBuilder("(");
        int n = 0;
        for (Object p : parameters) {
            if (n == MAX_PARAMS) {
                sb.append(", ... ").append(parameters.size() - MAX_PARAMS).append(" more");
                break;
            }
            if (n++ > 0) {
                sb.append(", ");
            }
            sb.append(renderValue(p));
        }
        return sb.append(')').toString();
    }

    private static String renderValue(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof List<?> l) {
            return renderParameters(l);
        }
        String s;
        if (v instanceof CharSequence) {
            s = "'" + v + "'";
        } else if (v instanceof byte[] b) {
            s = "<" + b.length + " bytes>";
        } else {
            s = String.valueOf(v);
        }
        if (s.length() > MAX_VALUE_CHARS) {
            s = s.substring(0, MAX_VALUE_CHARS) + "... (" + (s.length() - MAX_VALUE_CHARS) + " characters truncated)";
        }
        return s;
    }
}
