package org.athanor.dialect.sqlite.sql;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.athanor.dialect.Dialect;
import org.athanor.sql.ColumnClause;
import org.athanor.sql.CompoundSelect;
import org.athanor.sql.DmlStatement;
import org.athanor.sql.Expression;
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
    protected void compoundMember(SelectBase member) {
        boolean wrap = member instanceof CompoundSelect || !member.orderByItems().isEmpty()
                || member.limitParameter() != null || member.offsetParameter() != null;
        if (wrap) {
            sql.append("SELECT * FROM (");
        }
        subquery(member, false);
        if (wrap) {
            sql.append(')');
        }
    }

    /** Writes RETURNING columns of the target table by bare name, as SQLite requires. */
    @Override
    protected void returningColumns(DmlStatement statement) {
        List<Expression<?>> columns = statement.returningColumns();
        List<String> names = statement.returningNames();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Expression<?> e = columns.get(i);
            if (e instanceof ColumnClause<?> c && c.table() == statement.table()) {
                sql.append(preparer.quote(c.name()));
            } else {
                process(e);
            }
            if (!names.get(i).equals(e.naturalName())) {
                sql.append(" AS ").append(preparer.quote(names.get(i)));
            }
        }
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
