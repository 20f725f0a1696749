package org.athanor.sql;

/**
 * The operators of the expression language, with the SQL each renders as, its binding strength (for
 * parentheses) and its negation.
 *
 * <p>Thread-safe (an enum).
 */
public enum Operator {
    /** Logical OR. */
    OR("OR", 1),
    /** Logical AND. */
    AND("AND", 2),
    /** Logical NOT (prefix). */
    NOT("NOT", 3),
    /** Equality. */
    EQ("=", 5),
    /** Inequality. */
    NE("!=", 5),
    /** Less than. */
    LT("<", 5),
    /** Less than or equal. */
    LE("<=", 5),
    /** Greater than. */
    GT(">", 5),
    /** Greater than or equal. */
    GE(">=", 5),
    /** Pattern match. */
    LIKE("LIKE", 5),
    /** Negated pattern match. */
    NOT_LIKE("NOT LIKE", 5),
    /** Case-insensitive pattern match (PostgreSQL ILIKE, elsewhere {@code lower(x) LIKE lower(y)}). */
    ILIKE("ILIKE", 5),
    /** Negated case-insensitive pattern match. */
    NOT_ILIKE("NOT ILIKE", 5),
    /** IS (NULL). */
    IS("IS", 5),
    /** IS NOT (NULL). */
    IS_NOT("IS NOT", 5),
    /** String concatenation. */
    CONCAT("||", 6),
    /** Addition. */
    ADD("+", 7),
    /** Subtraction. */
    SUB("-", 7),
    /** Multiplication. */
    MUL("*", 8),
    /** Division. */
    DIV("/", 8),
    /** Remainder. */
    MOD("%", 8),
    /** Arithmetic negation (prefix). */
    NEG("-", 9),
    /** DISTINCT inside an aggregate function (prefix). */
    DISTINCT("DISTINCT", 9);

    /** The binding strength of an element that never needs parentheses. */
    public static final int ATOM = 100;
    /** The binding strength of comparisons, IN, BETWEEN, LIKE and IS. */
    public static final int COMPARISON = 5;

    private final String sql;
    private final int precedence;

    Operator(String sql, int precedence) {
        this.sql = sql;
        this.precedence = precedence;
    }

    /** @return the SQL text of the operator */
    public String sql() {
        return sql;
    }

    /** @return the binding strength: higher binds tighter */
    public int precedence() {
        return precedence;
    }

    /** @return whether {@code a op (b op c)} equals {@code (a op b) op c}, so no parentheses are needed */
    public boolean associative() {
        return this == AND || this == OR || this == ADD || this == MUL || this == CONCAT;
    }

    /** @return whether this is a comparison whose result is a boolean */
    public boolean isComparison() {
        return precedence == COMPARISON;
    }

    /** @return the operator that gives the opposite result, or {@code null} if there is none */
    public Operator negation() {
        return switch (this) {
            case EQ -> NE;
            case NE -> EQ;
            case LT -> GE;
            case GE -> LT;
            case GT -> LE;
            case LE -> GT;
            case LIKE -> NOT_LIKE;
            case NOT_LIKE -> LIKE;
            case ILIKE -> NOT_ILIKE;
            case NOT_ILIKE -> ILIKE;
            case IS -> IS_NOT;
            case IS_NOT -> IS;
            default -> null;
        };
    }
}
