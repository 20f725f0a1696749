package org.athanor.dialect.mysql.sql;

import java.util.ArrayList;
import java.util.List;
import org.athanor.dialect.Dialect;
import org.athanor.sql.BinaryExpression;
import org.athanor.sql.Expression;
import org.athanor.sql.Insert;
import org.athanor.sql.Operator;
import org.athanor.sql.SelectBase;
import org.athanor.sql.compiler.StatementCompiler;

/**
 * The statement compiler of MySQL and MariaDB: {@code LIMIT ?} and {@code LIMIT offset, count} (an offset
 * alone with the largest count), {@code concat(a, b, ...)} for {@code ||} (which is OR there), an empty
 * column list for an INSERT of defaults only, RETURNING (MariaDB) with bare column names, and string literals
 * with backslashes doubled (the default {@code sql_mode} treats them as escapes).
 *
 * <p>Single-use and not thread-safe.
 */
public class MySQLStatementCompiler extends StatementCompiler {
    /** The count MySQL's documentation gives for "all remaining rows". */
    static final String ALL_ROWS = "18446744073709551615";

    /**
     * Creates the compiler.
     *
     * @param dialect the dialect
     */
    public MySQLStatementCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected void limitClause(SelectBase select) {
        if (select.limitParameter() == null && select.offsetParameter() == null) {
            return;
        }
        sql.append(" LIMIT ");
        if (select.offsetParameter() != null) {
            process(select.offsetParameter());
            sql.append(", ");
        }
        if (select.limitParameter() != null) {
            process(select.limitParameter());
        } else {
            sql.append(ALL_ROWS);
        }
    }

    @Override
    protected void concat(BinaryExpression<?> binary) {
        List<Expression<?>> parts = new ArrayList<>();
        flatten(binary, parts);
        sql.append("concat(");
        list(parts);
        sql.append(')');
    }

    private static void flatten(Expression<?> e, List<Expression<?>> out) {
        if (e instanceof BinaryExpression<?> b && b.operator() == Operator.CONCAT) {
            flatten(b.left(), out);
            flatten(b.right(), out);
        } else {
            out.add(e);
        }
    }

    @Override
    protected void defaultValuesClause(Insert insert) {
        sql.append(" () VALUES ()");
    }

    /** RETURNING columns of the target table by bare name, as the database requires. */
    @Override
    protected boolean qualifyReturningColumns() {
        return false;
    }

    @Override
    protected String literalString(String value) {
        return super.literalString(value.replace("\\", "\\\\"));
    }
}
