package org.athanor.sql.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Dialect;
import org.athanor.engine.ValueProcessor;
import org.athanor.exc.CompileException;
import org.athanor.sql.Between;
import org.athanor.sql.BinaryExpression;
import org.athanor.sql.BindParameter;
import org.athanor.sql.BooleanList;
import org.athanor.sql.CacheKey;
import org.athanor.sql.ClauseElement;
import org.athanor.sql.Exists;
import org.athanor.sql.Expression;
import org.athanor.sql.InExpression;
import org.athanor.sql.InlineLiteral;
import org.athanor.sql.Keyword;
import org.athanor.sql.LiteralColumn;
import org.athanor.sql.Operator;
import org.athanor.sql.SelectBase;
import org.athanor.sql.SqlVisitor;
import org.athanor.sql.UnaryExpression;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.TypeKind;

/**
 * The foundation of the statement compiler: the SQL text being written, bind parameters and the slots that
 * feed their placeholders, literal rendering, precedence-driven parentheses, conditions (with the
 * {@code x = 1} form where the database has no boolean), and nested SELECTs. The compiler's classes build on
 * it — {@link ExpressionCompiler} (expressions), {@link SelectCompiler} (SELECT and FROM elements) and
 * {@link StatementCompiler} (INSERT, UPDATE, DELETE, text), which dialects extend.
 *
 * <p>Single-use and not thread-safe: a dialect makes a new compiler per statement.
 */
public abstract class CompilerBase implements SqlVisitor {
    /** The dialect compiled for. */
    protected final Dialect dialect;
    /** The dialect's identifier preparer. */
    protected final IdentifierPreparer preparer;
    /** The dialect's type compiler. */
    protected final TypeCompiler types;
    /** The SQL text being written. */
    protected final StringBuilder sql = new StringBuilder();

    private final List<BindSlot> slots = new ArrayList<>();
    private final IdentityHashMap<BindParameter<?>, Integer> bindIndex = new IdentityHashMap<>();
    private final IdentityHashMap<BindParameter<?>, String> anonymousNames = new IdentityHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Set<String> namedKeys = new HashSet<>();
    private boolean literalBinds;
    private boolean correlateNext;

    /**
     * Creates a compiler.
     *
     * @param dialect the dialect
     */
    protected CompilerBase(Dialect dialect) {
        this.dialect = dialect;
        this.preparer = dialect.identifierPreparer();
        this.types = dialect.typeCompiler();
    }

    /**
     * Prepares for compiling the statement of a cache key: learns the index of each bind parameter.
     *
     * @param key the key
     */
    protected void begin(CacheKey key) {
        List<BindParameter<?>> binds = key.binds();
        for (int i = 0; i < binds.size(); i++) {
            bindIndex.putIfAbsent(binds.get(i), i);
            if (binds.get(i).key() != null) {
                namedKeys.add(binds.get(i).key());
            }
        }
    }

    /**
     * Switches to rendering bind parameters as inline literals (for DDL, where parameters are not accepted).
     *
     * @param on whether to render literals
     */
    protected void setLiteralBinds(boolean on) {
        this.literalBinds = on;
    }

    /** @return the bind slots written so far */
    protected List<BindSlot> slots() {
        return slots;
    }

    /** @return the names of the statement's named bind parameters */
    protected Set<String> namedBindKeys() {
        return namedKeys;
    }

    /**
     * Renders an element in place.
     *
     * @param element the element
     */
    protected void process(ClauseElement element) {
        element.accept(this);
    }

    /**
     * Tells whether the dialect has a native boolean type.
     *
     * @return whether native
     */
    protected boolean nativeBoolean() {
        return has(Capabilities.Feature.NATIVE_BOOLEAN);
    }

    /**
     * Tells whether the dialect has a feature.
     *
     * @param feature the feature
     * @return whether it has it
     */
    protected boolean has(Capabilities.Feature feature) {
        return dialect.capabilities().has(feature);
    }

    // ------------------------------------------------------------------ bind parameters and slots

    @Override
    public void visitBind(BindParameter<?> bind) {
        if (literalBinds) {
            sql.append(renderLiteral(bind.value(), bind.type()));
            return;
        }
        String name = bind.key() != null ? bind.key() : anonymousName(bind);
        Integer index = bindIndex.get(bind);
        ValueProcessor p = types.bindProcessor(bind.type());
        if (index != null) {
            slots.add(new BindSlot(name, BindSlot.Source.STATEMENT, index, null, p));
        } else {
            Object constant = bind.value();
            slots.add(new BindSlot(name, BindSlot.Source.DEFAULT, -1, () -> constant, p));
        }
        sql.append(bindPlaceholder(bind.type()));
    }

    /**
     * Writes a placeholder for a value that only execution parameters supply (INSERT and UPDATE columns
     * taken from the parameters).
     *
     * @param name the parameter name
     * @param type its type
     */
    protected void parameterPlaceholder(String name, SqlType<?> type) {
        slots.add(new BindSlot(name, BindSlot.Source.PARAMETER, -1, null, types.bindProcessor(type)));
        sql.append(bindPlaceholder(type));
    }

    /**
     * Writes a placeholder whose value, unless an execution parameter of the name is given, comes from a
     * supplier (a column's client-side default).
     *
     * @param name the parameter name
     * @param type its type
     * @param supplier the default value supplier
     */
    protected void defaultPlaceholder(String name, SqlType<?> type, java.util.function.Supplier<?> supplier) {
        slots.add(new BindSlot(name, BindSlot.Source.DEFAULT, -1, supplier, types.bindProcessor(type)));
        sql.append(bindPlaceholder(type));
    }

    /**
     * Writes an output placeholder (Oracle's RETURNING INTO).
     *
     * @param position the position among the returned columns
     * @param type the returned column's type
     */
    protected void outPlaceholder(int position, SqlType<?> type) {
        ReturningOut marker = new ReturningOut(position, type);
        slots.add(new BindSlot("returning_" + (position + 1), BindSlot.Source.OUT, -1, () -> marker, null));
        sql.append('?');
    }

    /**
     * Returns the placeholder text for a value of a type: {@code ?}, or a cast around it where the
     * database needs one (PostgreSQL JSON).
     *
     * @param type the type
     * @return the placeholder
     */
    protected String bindPlaceholder(SqlType<?> type) {
        return "?";
    }

    private String anonymousName(BindParameter<?> bind) {
        String existing = anonymousNames.get(bind);
        if (existing != null) {
            return existing;
        }
        String stem = bind.baseName();
        String name;
        do {
            name = stem + "_" + counters.merge(stem, 1, Integer::sum);
        } while (namedKeys.contains(name));
        anonymousNames.put(bind, name);
        return name;
    }

    // ------------------------------------------------------------------ literals

    @Override
    public void visitInlineLiteral(InlineLiteral<?> literal) {
        sql.append(renderLiteral(literal.value(), literal.type()));
    }

    @Override
    public void visitLiteralColumn(LiteralColumn<?> text) {
        sql.append(text.text());
    }

    @Override
    public void visitKeyword(Keyword<?> keyword) {
        switch (keyword.kind()) {
            case NULL -> sql.append("NULL");
            case TRUE -> sql.append(literalBoolean(true));
            case FALSE -> sql.append(literalBoolean(false));
            default -> throw new IllegalStateException();
        }
    }

    /**
     * Renders a value as a SQL literal, after the type's bind conversion; strings are quoted with the quote
     * doubled, so a value can never end the literal.
     *
     * @param value the value
     * @param type its type
     * @return the literal
     * @throws CompileException for a value that has no literal form
     */
    public String renderLiteral(Object value, SqlType<?> type) {
        Object v = value;
        ValueProcessor p = type == null ? null : types.bindProcessor(type);
        if (p != null && v != null) {
            v = p.process(v);
        }
        return Literals.render(this, v);
    }

    /** @param value the value @return TRUE / FALSE, or 1 / 0 without a native boolean */
    protected String literalBoolean(boolean value) {
        if (nativeBoolean()) {
            return value ? "true" : "false";
        }
        return value ? "1" : "0";
    }

    /** @param value the text @return the quoted string literal */
    protected String literalString(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new CompileException("A string literal cannot contain the NUL character; bind it as a parameter.");
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /** @param value the date @return {@code DATE 'yyyy-mm-dd'} */
    protected String literalDate(java.time.LocalDate value) {
        return "DATE '" + value + "'";
    }

    /** @param value the time @return {@code TIME 'hh:mm:ss'} */
    protected String literalTime(java.time.LocalTime value) {
        return "TIME '" + value + "'";
    }

    /** @param value the date-time @return {@code TIMESTAMP 'yyyy-mm-dd hh:mm:ss'} */
    protected String literalDateTime(java.time.LocalDateTime value) {
        return "TIMESTAMP '" + value.toString().replace('T', ' ') + "'";
    }

    /** @param value the bytes @return {@code X'hex'} */
    protected String literalBytes(byte[] value) {
        return "X'" + Literals.hex(value) + "'";
    }

    // ------------------------------------------------------------------ operators

    /**
     * Renders an operand of an operator, in parentheses if it binds less tightly.
     *
     * @param operand the operand
     * @param parent the operator
     * @param right whether it is the right operand
     */
    protected void operand(Expression<?> operand, Operator parent, boolean right) {
        int p = operand.precedence();
        int pp = parent.precedence();
        boolean wrap;
        if (p != pp) {
            wrap = p < pp;
        } else if (right) {
            wrap = !(parent.associative() && sameOperator(operand, parent));
        } else {
            wrap = parent.isComparison();
        }
        boolean condition = parent == Operator.AND || parent == Operator.OR;
        if (wrap) {
            sql.append('(');
        }
        if (condition) {
            condition(operand);
        } else {
            process(operand);
        }
        if (wrap) {
            sql.append(')');
        }
    }

    private static boolean sameOperator(Expression<?> e, Operator op) {
        return e instanceof BinaryExpression<?> b && b.operator() == op
                || e instanceof BooleanList l && l.operator() == op;
    }

    /**
     * Renders an expression where a condition is expected (WHERE, ON, HAVING, AND / OR operands, CASE
     * WHEN): without a native boolean, a boolean value becomes {@code x = 1} and TRUE / FALSE become
     * {@code 1 = 1} / {@code 1 = 0}.
     *
     * @param e the expression
     */
    protected void condition(Expression<?> e) {
        if (!nativeBoolean()) {
            if (e instanceof Keyword<?> k && k.kind() != Keyword.Kind.NULL) {
                sql.append(k.kind() == Keyword.Kind.TRUE ? "1 = 1" : "1 = 0");
                return;
            }
            if (e.type().kind() == TypeKind.BOOLEAN && !isPredicate(e)) {
                boolean wrap = e.precedence() < Operator.COMPARISON;
                if (wrap) {
                    sql.append('(');
                }
                process(e);
                if (wrap) {
                    sql.append(')');
                }
                sql.append(" = 1");
                return;
            }
        }
        process(e);
    }

    private static boolean isPredicate(Expression<?> e) {
        return e instanceof BinaryExpression<?> || e instanceof BooleanList || e instanceof InExpression
                || e instanceof Between || e instanceof Exists
                || e instanceof UnaryExpression<?> u && u.operator() == Operator.NOT;
    }

    /**
     * Renders expressions separated by commas.
     *
     * @param expressions the expressions
     */
    protected void list(List<? extends Expression<?>> expressions) {
        for (int i = 0; i < expressions.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            process(expressions.get(i));
        }
    }

    /**
     * Renders a SELECT nested in this statement.
     *
     * @param select the SELECT
     * @param correlate whether tables of the enclosing SELECT are left out of its FROM list (true inside
     *     expressions, false for FROM subqueries and INSERT ... SELECT)
     */
    protected void subquery(SelectBase select, boolean correlate) {
        correlateNext = correlate;
        process(select);
        correlateNext = false;
    }

    /**
     * Returns and clears the correlation request of {@link #subquery}.
     *
     * @return whether the SELECT being entered correlates
     */
    protected boolean takeCorrelation() {
        boolean c = correlateNext;
        correlateNext = false;
        return c;
    }
}
