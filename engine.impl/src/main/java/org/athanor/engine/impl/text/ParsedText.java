package org.athanor.engine.impl.text;

import java.util.List;

/**
 * SQL text after named parameters were replaced by JDBC placeholders.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sql the text with {@code ?} placeholders
 * @param names the parameter names, one per placeholder, in order (a name may repeat)
 */
public record ParsedText(String sql, List<String> names) {
}
