package org.athanor.sql.compiler;

import java.util.Set;
import java.util.regex.Pattern;
import org.athanor.dialect.Dialect;
import org.athanor.sql.Between;
import org.athanor.sql.BinaryExpression;
import org.athanor.sql.BooleanList;
import org.athanor.sql.Case;
import org.athanor.sql.Cast;
import org.athanor.sql.Exists;
import org.athanor.sql.Expression;
import org.athanor.sql.FunctionCall;
import org.athanor.sql.InExpression;
import org.athanor.sql.Keyword;
import org.athanor.sql.Label;
import org.athanor.sql.NextValue;
import org.athanor.sql.Operator;
import org.athanor.sql.ScalarSubquery;
import org.athanor.sql.UnaryExpression;
import org.athanor.sql.types.TypeKind;

/**
 * The expression half of the statement compiler: operators, functions, CASE, CAST, IN, BETWEEN and
 * subqueries used as values. The hooks here ({@link #functionName}, {@link #concat}, {@link #ilike},
 * {@link #modulo}, {@link #nextValue}) and those of {@link CompilerBase} (literals, placeholders) are what
 * databases most often render differently; dialects override them in their {@link StatementCompiler}.
 *
 * <p>Single-use and not thread-safe: a dialect makes a new compiler per statement.
 */
public abstract class ExpressionCompiler extends CompilerBase {
    private static final Pattern FUNCTION_NAME = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)*");
    private static final Set<String> NO_PARENS = Set.of("current_timestamp", "current_date", "current_time",
            "localtimestamp", "localtime", "current_user", "session_user");

    /**
     * Creates a compiler.
     *
     * @param dialect the dialect
     */
    protected ExpressionCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    public void visitBinary(BinaryExpression<?> binary) {
        switch (binary.operator()) {
            case CONCAT -> concat(binary);
            case ILIKE, NOT_ILIKE -> ilike(binary);
            case MOD -> modulo(binary);
            default -> infix(binary);
        }
    }

    /**
     * Renders {@code left op right} with the operator's SQL.
     *
     * @param binary the operation
     */
    protected void infix(BinaryExpression<?> binary) {
        operand(binary.left(), binary.operator(), false);
        sql.append(' ').append(binary.operator().sql()).append(' ');
        operand(binary.right(), binary.operator(), true);
    }

    /**
     * Renders string concatenation ({@code a || b} by default).
     *
     * @param binary the operation
     */
    protected void concat(BinaryExpression<?> binary) {
        infix(binary);
    }

    /**
     * Renders a case-insensitive LIKE: {@code lower(a) LIKE lower(b)} by default.
     *
     * @param binary the operation
     */
    protected void ilike(BinaryExpression<?> binary) {
        sql.append("lower(");
        process(binary.left());
        sql.append(binary.operator() == Operator.ILIKE ? ") LIKE lower(" : ") NOT LIKE lower(");
        process(binary.right());
        sql.append(')');
    }

    /**
     * Renders the remainder: {@code a % b} by default.
     *
     * @param binary the operation
     */
    protected void modulo(BinaryExpression<?> binary) {
        infix(binary);
    }

    @Override
    public void visitUnary(UnaryExpression<?> unary) {
        Expression<?> operand = unary.operand();
        switch (unary.operator()) {
            case NOT -> {
                sql.append("NOT ");
                boolean bare = operand instanceof Exists || operand.precedence() == Operator.ATOM
                        && !(operand instanceof Keyword) && (nativeBoolean()
                        || operand.type().kind() != TypeKind.BOOLEAN);
                if (bare) {
                    process(operand);
                } else {
                    sql.append('(');
                    condition(operand);
                    sql.append(')');
                }
            }
            case NEG -> {
                sql.append('-');
                operand(operand, Operator.NEG, true);
            }
            default -> {
                sql.append(unary.operator().sql()).append(' ');
                process(operand);
            }
        }
    }

    @Override
    public void visitBooleanList(BooleanList list) {
        String sep = " " + list.operator().sql() + " ";
        boolean first = true;
        for (Expression<?> c : list.conditions()) {
            if (!first) {
                sql.append(sep);
            }
            first = false;
            operand(c, list.operator(), true);
        }
    }

    @Override
    public void visitIn(InExpression in) {
        if (in.values() != null && in.values().isEmpty()) {
            sql.append(in.negated() ? "1 = 1" : "1 != 1");
            return;
        }
        operand(in.left(), Operator.EQ, false);
        sql.append(in.negated() ? " NOT IN (" : " IN (");
        if (in.values() != null) {
            list(in.values());
        } else {
            subquery(in.subquery(), true);
        }
        sql.append(')');
    }

    @Override
    public void visitBetween(Between between) {
        operand(between.expression(), Operator.EQ, false);
        sql.append(between.negated() ? " NOT BETWEEN " : " BETWEEN ");
        operand(between.low(), Operator.EQ, true);
        sql.append(" AND ");
        operand(between.high(), Operator.EQ, true);
    }

    // ------------------------------------------------------------------ named things

    @Override
    public void visitLabel(Label<?> label) {
        process(label.element());
    }

    @Override
    public void visitFunction(FunctionCall<?> function) {
        String name = functionName(function);
        if (function.arguments().isEmpty() && !function.star() && NO_PARENS.contains(name.toLowerCase(
                java.util.Locale.ROOT))) {
            sql.append(name.toUpperCase(java.util.Locale.ROOT));
            return;
        }
        sql.append(FUNCTION_NAME.matcher(name).matches() ? name : preparer.quoteAlways(name)).append('(');
        if (function.star()) {
            sql.append('*');
        } else {
            list(function.arguments());
        }
        sql.append(')');
    }

    /**
     * Returns the name a function is called by on this database (generic names such as {@code now} and
     * {@code char_length} are renamed by dialects).
     *
     * @param function the call
     * @return the name
     */
    protected String functionName(FunctionCall<?> function) {
        return function.name();
    }

    @Override
    public void visitCase(Case<?> c) {
        sql.append("CASE");
        if (c.subject() != null) {
            sql.append(' ');
            process(c.subject());
        }
        for (Case.When w : c.whens()) {
            sql.append(" WHEN ");
            if (c.subject() == null) {
                condition(w.condition());
            } else {
                process(w.condition());
            }
            sql.append(" THEN ");
            process(w.result());
        }
        if (c.otherwise() != null) {
            sql.append(" ELSE ");
            process(c.otherwise());
        }
        sql.append(" END");
    }

    @Override
    public void visitCast(Cast<?> cast) {
        sql.append("CAST(");
        process(cast.expression());
        sql.append(" AS ").append(types.castName(cast.type())).append(')');
    }

    @Override
    public void visitScalarSubquery(ScalarSubquery<?> subquery) {
        sql.append('(');
        subquery(subquery.select(), true);
        sql.append(')');
    }

    @Override
    public void visitExists(Exists exists) {
        sql.append("EXISTS (");
        subquery(exists.select(), true);
        sql.append(')');
    }

    @Override
    public void visitNextValue(NextValue nextValue) {
        nextValue(nextValue);
    }

    /**
     * Renders a sequence's next value ({@code NEXT VALUE FOR s} by default).
     *
     * @param nextValue the expression
     */
    protected void nextValue(NextValue nextValue) {
        sql.append("NEXT VALUE FOR ").append(preparer.qualified(nextValue.schema(), nextValue.sequence()));
    }
}
