package org.athanor.dialect.oracle.sql;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.athanor.dialect.Dialect;
import org.athanor.dialect.ServerVersion;
import org.athanor.engine.StatementKind;
import org.athanor.exc.UnsupportedCompilationException;
import org.athanor.sql.BinaryExpression;
import org.athanor.sql.ColumnClause;
import org.athanor.sql.CompoundSelect;
import org.athanor.sql.DmlStatement;
import org.athanor.sql.Expression;
import org.athanor.sql.FromClause;
import org.athanor.sql.FunctionCall;
import org.athanor.sql.Insert;
import org.athanor.sql.Join;
import org.athanor.sql.NextValue;
import org.athanor.sql.Operator;
import org.athanor.sql.Select;
import org.athanor.sql.SelectBase;
import org.athanor.sql.compiler.StatementCompiler;

/**
 * Oracle's statement compiler.
 *
 * <ul>
 * <li>LIMIT / OFFSET: {@code OFFSET ? ROWS FETCH FIRST ? ROWS ONLY} from 12c (and before the first
 * connection tells the version); before 12c the query is wrapped: {@code SELECT cols FROM (SELECT anon_1.*,
 * ROWNUM AS ora_rn FROM (query) anon_1 WHERE ROWNUM <= ? + ?) anon_2 WHERE ora_rn > ?}, or for a limit alone
 * {@code SELECT cols FROM (query) anon_1 WHERE ROWNUM <= ?}.</li>
 * <li>Joins: with the dialect's {@code use_ansi} option off (seed 003), joins are written as a FROM list and
 * their conditions move to WHERE, the columns of the outer-joined side marked {@code (+)}.</li>
 * <li>{@code FROM DUAL} without FROM elements; no {@code AS} before table aliases; MINUS for EXCEPT;
 * {@code MOD(a, b)}; {@code seq.nextval}; {@code RETURNING cols INTO ?, ?} with output placeholders bound to
 * {@link org.athanor.sql.compiler.ReturningOut} markers for the Oracle dialect to register.</li>
 * <li>Oracle stores the empty string as NULL: {@code eq("")} never matches; test {@code isNull()}.</li>
 * </ul>
 *
 * <p>Single-use and not thread-safe.
 */
public class OracleStatementCompiler extends StatementCompiler {
    private final boolean useAnsi;
    private Set<FromClause> outerSide;

    /**
     * Creates the compiler.
     *
     * @param dialect the dialect
     * @param useAnsi whether to write ANSI joins
     */
    public OracleStatementCompiler(Dialect dialect, boolean useAnsi) {
        super(dialect);
        this.useAnsi = useAnsi;
    }

    /** @return whether the server is 12c or later (or unknown yet), so OFFSET / FETCH FIRST is available */
    protected boolean fetchFirst() {
        ServerVersion v = dialect.serverVersion();
        return v == null || v.parts().isEmpty() || v.atLeast(12);
    }

    // ------------------------------------------------------------------ LIMIT / OFFSET

    @Override
    protected void limitClause(SelectBase select) {
        if (!fetchFirst()) {
            return;
        }
        if (select.offsetParameter() != null) {
            sql.append(" OFFSET ");
            process(select.offsetParameter());
            sql.append(" ROWS");
        }
        if (select.limitParameter() != null) {
            sql.append(" FETCH FIRST ");
            process(select.limitParameter());
            sql.append(" ROWS ONLY");
        }
    }

    @Override
    public void visitSelect(Select select) {
        int start = sql.length();
        super.visitSelect(select);
        wrapForRownum(start, select);
    }

    @Override
    public void visitCompound(CompoundSelect compound) {
        int start = sql.length();
        super.visitCompound(compound);
        wrapForRownum(start, compound);
    }

    private void wrapForRownum(int start, SelectBase select) {
        if (fetchFirst() || select.limitParameter() == null && select.offsetParameter() == null) {
            return;
        }
        StringBuilder outer = new StringBuilder("SELECT ");
        List<String> names = select.columnNames();
        for (int i = 0; i < names.size(); i++) {
            outer.append(i > 0 ? ", " : "").append(preparer.quote(names.get(i)));
        }
        if (select.offsetParameter() == null) {
            sql.insert(start, outer + " FROM (");
            sql.append(") anon_1 WHERE ROWNUM <= ");
            process(select.limitParameter());
            return;
        }
        sql.insert(start, outer + " FROM (SELECT anon_1.*, ROWNUM AS ora_rn FROM (");
        sql.append(") anon_1");
        if (select.limitParameter() != null) {
            sql.append(" WHERE ROWNUM <= ");
            process(select.limitParameter());
            sql.append(" + ");
            process(select.offsetParameter());
        }
        sql.append(") anon_2 WHERE ora_rn > ");
        process(select.offsetParameter());
    }

    // ------------------------------------------------------------------ FROM, joins

    @Override
    protected String fromDual() {
        return " FROM DUAL";
    }

    @Override
    protected String aliasKeyword() {
        return " ";
    }

    @Override
    protected void fromList(List<FromClause> froms) {
        if (useAnsi) {
            super.fromList(froms);
            return;
        }
        List<FromClause> flat = new ArrayList<>();
        for (FromClause f : froms) {
            flattenJoin(f, flat, null);
        }
        super.fromList(flat);
    }

    /** A join condition moved to WHERE, with the FROM elements whose columns get {@code (+)}. */
    private record JoinCondition(Expression<?> condition, Set<FromClause> outer) {
    }

    private static void flattenJoin(FromClause f, List<FromClause> tables, List<JoinCondition> conditions) {
        if (f instanceof Join j) {
            if (j.type() == Join.Type.FULL) {
                throw new UnsupportedCompilationException("A FULL OUTER JOIN cannot be written with Oracle's (+)"
                        + " syntax; set the dialect option use_ansi=true.");
            }
            flattenJoin(j.left(), tables, conditions);
            flattenJoin(j.right(), tables, conditions);
            if (conditions != null) {
                Set<FromClause> outer = j.type() == Join.Type.LEFT ? new HashSet<>(j.right().coveredFroms()) : Set.of();
                conditions.add(new JoinCondition(j.on(), outer));
            }
        } else if (tables != null) {
            tables.add(f);
        }
    }

    @Override
    protected void whereClause(Select select, List<FromClause> froms) {
        if (useAnsi) {
            super.whereClause(select, froms);
            return;
        }
        List<JoinCondition> conditions = new ArrayList<>();
        for (FromClause f : froms) {
            flattenJoin(f, null, conditions);
        }
        if (conditions.isEmpty()) {
            super.whereClause(select, froms);
            return;
        }
        sql.append(" WHERE ");
        boolean first = true;
        for (JoinCondition c : conditions) {
            sql.append(first ? "" : " AND ");
            first = false;
            outerSide = c.outer();
            operand(c.condition(), Operator.AND, true);
            outerSide = null;
        }
        if (select.whereClause() != null) {
            sql.append(" AND ");
            operand(select.whereClause(), Operator.AND, true);
        }
    }

    @Override
    public void visitColumn(ColumnClause<?> column) {
        super.visitColumn(column);
        if (outerSide != null && outerSide.contains(column.table())) {
            sql.append("(+)");
        }
    }

    // ------------------------------------------------------------------ operators, functions

    @Override
    protected String compoundKeyword(CompoundSelect.Kind k) {
        return k == CompoundSelect.Kind.EXCEPT ? "MINUS" : k.sql();
    }

    @Override
    protected void modulo(BinaryExpression<?> binary) {
        sql.append("MOD(");
        process(binary.left());
        sql.append(", ");
        process(binary.right());
        sql.append(')');
    }

    @Override
    protected String functionName(FunctionCall<?> function) {
        return switch (function.name()) {
            case "now" -> "CURRENT_TIMESTAMP";
            case "char_length" -> "LENGTH";
            default -> function.name();
        };
    }

    @Override
    protected void nextValue(NextValue nextValue) {
        sql.append(preparer.qualified(nextValue.schema(), nextValue.sequence())).append(".nextval");
    }

    @Override
    protected String literalTime(LocalTime value) {
        return literalString(value.toString());
    }

    // ------------------------------------------------------------------ INSERT, RETURNING

    @Override
    protected void defaultValuesClause(Insert insert) {
        sql.append(" (").append(preparer.quote(insert.table().columns().get(0).name())).append(") VALUES (DEFAULT)");
    }

    @Override
    protected boolean qualifyReturningColumns() {
        return false;
    }

    /** Writes {@code RETURNING cols INTO ?, ?}: one output placeholder per returned column. */
    @Override
    protected void returningClause(DmlStatement statement, StatementKind statementKind) {
        List<Expression<?>> columns = statement.returningColumns();
        if (columns.isEmpty()) {
            return;
        }
        checkReturning(statementKind);
        sql.append(" RETURNING ");
        returningColumns(statement);
        sql.append(" INTO ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i > 0 ? ", " : "");
            outPlaceholder(i, columns.get(i).type());
        }
        if (isTopLevel()) {
            describeReturning(statement);
        }
    }
}
