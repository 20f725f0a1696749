package org.athanor.dialect.sqlite.sql;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.athanor.dialect.Dialect;
import org.athanor.sql.FunctionCall;
import org.athanor.sql.SelectBase;
import org.athanor.sql.compiler.StatementCompiler;
import org.athanor.sql.types.ValueConversions;

/**
 * SQLite's statement compiler: {@code LIMIT -1 OFFSET ?} for an offset alone, set-operation members with
 * their own ORDER BY or LIMIT wrapped as {@code SELECT * FROM (...)} (SQLite takes no parentheses there),
 * RETURNING with bare column names, {@code CURRENT_TIMESTAMP} for {@code now()}, {@code length()} for
 * {@code char_length()}, and dates as ISO text literals.
 *
 * <p>Single-use and not thread-safe.
 */
public class SQLiteStatementCompiler extends StatementCompiler {

    /**
     * Creates the compiler.
     *
     * @param dialect the dialect
     */
    public SQLiteStatementCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected void limitClause(SelectBase select) {
        if (select.limitParameter() != null) {
            sql.append(" LIMIT ");
            process(select.limitParameter());
        } else if (select.offsetParameter() != null) {
            sql.append(" LIMIT -1");
        }
        if (select.offsetParameter() != null) {
            sql.append(" OFFSET ");
            process(select.offsetParameter());
        }
    }

    @Override
    protected String compoundMemberOpening() {
        return "SELECT * FROM (";
    }

    /** RETURNING columns of the target table by bare name, as the database requires. */
    @Override
    protected boolean qualifyReturningColumns() {
        return false;
    }

    @Override
    protected String functionName(FunctionCall<?> function) {
        return switch (function.name()) {
            case "now" -> "CURRENT_TIMESTAMP";
            case "char_length" -> "length";
            default -> function.name();
        };
    }

    @Override
    protected String literalDate(LocalDate value) {
        return literalString(value.toString());
    }

    @Override
    protected String literalTime(LocalTime value) {
        return literalString(value.toString());
    }

    @Override
    protected String literalDateTime(LocalDateTime value) {
        return literalString((String) ValueConversions.dateTimeAsText(value));
    }
}
