package org.athanor.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.athanor.exc.ArgumentException;

/** Turns string-keyed configuration into {@link EngineOptions}. Not public API; stateless. */
final class EngineOptionsParser {
    private EngineOptionsParser() {
    }

    static EngineOptions parse(Map<String, ?> map) {
        EngineOptions.Builder b = EngineOptions.builder();
        ExecutionOptions exec = ExecutionOptions.none();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (value == null) {
                continue;
            }
            String norm = normalize(key);
            if (norm.startsWith("connect_args.")) {
                b.connectArg(key.substring("connect_args.".length()), value);
                continue;
            }
            if (norm.startsWith("execution_options.")) {
                String opt = key.substring("execution_options.".length());
                exec = exec.with(opt, executionValue(opt, value));
                continue;
            }
            switch (norm) {
                case "pool_size" -> b.poolSize(intValue(key, value));
                case "max_overflow" -> b.maxOverflow(intValue(key, value));
                case "pool_timeout" -> b.poolTimeout(duration(key, value));
                case "pool_recycle" -> {
                    Duration d = duration(key, value);
                    b.poolRecycle(d.isZero() || d.isNegative() ? null : d);
                }
                case "pool_pre_ping", "pre_ping" -> b.prePing(bool(key, value));
                case "leak_detection_threshold", "pool_leak_detection_threshold" -> {
                    Duration d = duration(key, value);
                    b.leakDetectionThreshold(d.isZero() || d.isNegative() ? null : d);
                }
                case "reset_on_return", "pool_reset_on_return" -> b.resetOnReturn(reset(key, value));
                case "echo" -> b.echo(value instanceof Echo x ? x : Echo.parse(value.toString()));
                case "echo_pool" -> b.echoPool(value instanceof Echo x ? x : Echo.parse(value.toString()));
                case "strategy" -> b.strategy(strategy(key, value));
                case "isolation_level" -> b.isolationLevel(value.toString());
                case "logging_name" -> b.loggingName(value.toString());
                default -> b.dialectOption(key, value);
            }
        }
        return b.executionOptions(exec).build();
    }

    /** {@code poolSize} and {@code pool-size} become {@code pool_size}. */
    static String normalize(String key) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.') {
                return sb.append(key.substring(i).toLowerCase(Locale.ROOT)).toString();
            }
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else if (c == '-') {
                sb.append('_');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Object executionValue(String opt, Object value) {
        if (!(value instanceof String s)) {
            return value;
        }
        return switch (opt) {
            case ExecutionOptions.AUTOCOMMIT, ExecutionOptions.STREAM_RESULTS, ExecutionOptions.NO_CACHE ->
                    bool(opt, s);
            case ExecutionOptions.FETCH_SIZE, ExecutionOptions.TIMEOUT -> intValue(opt, s);
            default -> s;
        };
    }

    static int intValue(String key, Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException ex) {
            throw new ArgumentException("Engine option '" + key + "' takes a whole number, not '" + value + "'.");
        }
    }

    static boolean bool(String key, Object value) {
        if (value instanceof Boolean bv) {
            return bv;
        }
        String s = value.toString().trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ArgumentException("Engine option '" + key + "' takes true or false, not '"
                    + value + "'.");
        };
    }

    /** A number is seconds (fractions allowed); otherwise an ISO-8601 duration such as PT30S. */
    static Duration duration(String key, Object value) {
        if (value instanceof Duration d) {
            return d;
        }
        if (value instanceof Number n) {
            return Duration.ofMillis(Math.round(n.doubleValue() * 1000));
        }
        String s = value.toString().trim();
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
        } catch (NumberFormatException ignored) {
            try {
                return Duration.parse(s);
            } catch (java.time.format.DateTimeParseException ex) {
                throw new ArgumentException("Engine option '" + key + "' takes seconds (such as 30 or 2.5) or"
                        + " an ISO-8601 duration (such as PT30S), not '" + value + "'.");
            }
        }
    }

    private static ResetOnReturn reset(String key, Object value) {
        if (value instanceof ResetOnReturn r) {
            return r;
        }
        String s = value.toString().trim().toUpperCase(Locale.ROOT);
        switch (s) {
            case "ROLLBACK", "TRUE" -> {
                return ResetOnReturn.ROLLBACK;
            }
            case "COMMIT" -> {
                return ResetOnReturn.COMMIT;
            }
            case "NONE", "FALSE", "NULL" -> {
                return ResetOnReturn.NONE;
            }
            default -> throw new ArgumentException("Engine option '" + key
                    + "' takes rollback, commit or none, not '" + value + "'.");
        }
    }

    private static Strategy strategy(String key, Object value) {
        if (value instanceof Strategy st) {
            return st;
        }
        try {
            return Strategy.valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new ArgumentException("Engine option '" + key + "' takes plain or threadlocal, not '"
                    + value + "'.");
        }
    }
}
