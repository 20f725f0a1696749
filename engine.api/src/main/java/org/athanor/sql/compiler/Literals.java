package org.athanor.sql.compiler;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.athanor.exc.CompileException;

/**
 * Dispatches a value to the compiler's literal method for its class.
 *
 * <p>Stateless and thread-safe.
 */
final class Literals {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Literals() {
    }

    static String render(CompilerBase c, Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof Boolean b) {
            return c.literalBoolean(b);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new CompileException("The number " + v + " has no SQL literal form; bind it as a parameter.");
            }
            return v.toString();
        }
        if (v instanceof Number) {
            return v.toString();
        }
        if (v instanceof CharSequence s) {
            return c.literalString(s.toString());
        }
        if (v instanceof LocalDate d) {
            return c.literalDate(d);
        }
        if (v instanceof LocalDateTime d) {
            return c.literalDateTime(d);
        }
        if (v instanceof LocalTime t) {
            return c.literalTime(t);
        }
        if (v instanceof OffsetDateTime o) {
            return c.literalString(o.toString());
        }
        if (v instanceof UUID u) {
            return c.literalString(u.toString());
        }
        if (v instanceof byte[] b) {
            return c.literalBytes(b);
        }
        if (v instanceof Enum<?> e) {
            return c.literalString(e.name());
        }
        throw new CompileException("A value of " + v.getClass().getName() + " has no SQL literal form; bind it"
                + " as a parameter instead.");
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return sb.toString();
    }
}
