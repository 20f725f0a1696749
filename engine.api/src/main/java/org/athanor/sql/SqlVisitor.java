package org.athanor.sql;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The operations a statement compiler performs on each kind of element: one method per element class, so
 * each {@link ClauseElement#accept(SqlVisitor)} calls exactly one of them. Athanor's
 * {@link org.athanor.sql.compiler.StatementCompiler} implements it; dialects extend that class rather than
 * implementing this interface.
 *
 * <p>Implementations are single-use and not thread-safe.
 */
@ProviderType
public interface SqlVisitor {

    /** @param column a column reference */
    void visitColumn(ColumnClause<?> column);

    /** @param table a table */
    void visitTable(TableClause table);

    /** @param alias an aliased table or FROM element */
    void visitAlias(Alias alias);

    /** @param subquery a SELECT used in a FROM clause */
    void visitSubquery(Subquery subquery);

    /** @param join a join */
    void visitJoin(Join join);

    /** @param bind a bind parameter */
    void visitBind(BindParameter<?> bind);

    /** @param literal a value rendered inline as a SQL literal */
    void visitInlineLiteral(InlineLiteral<?> literal);

    /** @param text raw SQL text used as an expression */
    void visitLiteralColumn(LiteralColumn<?> text);

    /** @param keyword NULL, TRUE or FALSE */
    void visitKeyword(Keyword<?> keyword);

    /** @param binary a binary operation */
    void visitBinary(BinaryExpression<?> binary);

    /** @param unary a unary operation */
    void visitUnary(UnaryExpression<?> unary);

    /** @param list AND / OR of several conditions */
    void visitBooleanList(BooleanList list);

    /** @param in an IN or NOT IN test */
    void visitIn(InExpression in);

    /** @param between a BETWEEN test */
    void visitBetween(Between between);

    /** @param label an expression with a name */
    void visitLabel(Label<?> label);

    /** @param function a function call */
    void visitFunction(FunctionCall<?> function);

    /** @param caseExpression a CASE expression */
    void visitCase(Case<?> caseExpression);

    /** @param cast a CAST */
    void visitCast(Cast<?> cast);

    /** @param subquery a SELECT used as a value */
    void visitScalarSubquery(ScalarSubquery<?> subquery);

    /** @param exists an EXISTS test */
    void visitExists(Exists exists);

    /** @param nextValue the next value of a sequence */
    void visitNextValue(NextValue nextValue);

    /** @param item an ORDER BY item */
    void visitOrderBy(OrderByItem item);

    /** @param select a SELECT */
    void visitSelect(Select select);

    /** @param compound a UNION, INTERSECT or EXCEPT */
    void visitCompound(CompoundSelect compound);

    /** @param insert an INSERT */
    void visitInsert(Insert insert);

    /** @param update an UPDATE */
    void visitUpdate(Update update);

    /** @param delete a DELETE */
    void visitDelete(Delete delete);

    /** @param text a textual statement */
    void visitText(TextStatement text);
}
