package org.athanor.sql.compiler;

import java.util.Map;
import java.util.function.Predicate;
import org.athanor.dialect.Capabilities;
import org.athanor.exc.UnsupportedCompilationException;
import org.athanor.sql.ColumnClause;
import org.athanor.sql.Expression;
import org.athanor.sql.Insert;
import org.athanor.sql.InsertOption;
import org.athanor.sql.TableClause;
import org.athanor.sql.upsert.OnConflict;
import org.athanor.sql.upsert.OnDuplicateKeyUpdate;

/**
 * Writes the upsert clauses of an INSERT for {@link StatementCompiler}: {@code ON CONFLICT} and
 * {@code ON DUPLICATE KEY UPDATE}. Kept apart so the statement compiler stays one concept per file; dialects
 * reach it through the compiler's hooks.
 *
 * <p>Stateless and thread-safe; the compiler it writes into is not.
 */
final class Upserts {

    private Upserts() {
    }

    /**
     * Renders {@code ON CONFLICT [(target) [WHERE predicate] | ON CONSTRAINT name] DO NOTHING | DO UPDATE SET
     * ... [WHERE condition]}. The target's columns are written bare (the databases refuse qualified names
     * there) and the values of its index predicate as literals (the database must see that the predicate
     * implies a partial index's); the columns of DO UPDATE are qualified, as PostgreSQL needs to tell them from
     * {@code excluded}.
     */
    static void onConflict(StatementCompiler c, Insert insert, OnConflict clause) {
        TableClause table = insert.table();
        c.sql.append(" ON CONFLICT");
        if (clause.constraint() != null) {
            c.sql.append(" ON CONSTRAINT ").append(c.preparer.quote(clause.constraint()));
        } else if (!clause.targetElements().isEmpty()) {
            withColumns(c, col -> bareTargetColumn(c, col, table), () -> {
                c.sql.append(" (");
                int n = 0;
                for (Object e : clause.targetElements()) {
                    if (n++ > 0) {
                        c.sql.append(", ");
                    }
                    Expression<?> x = (Expression<?>) e;
                    boolean column = x instanceof ColumnClause<?> col && col.table() == table;
                    c.sql.append(column ? "" : "(");
                    c.process(x);
                    c.sql.append(column ? "" : ")");
                }
                c.sql.append(')');
                if (clause.targetWhere() != null) {
                    c.sql.append(" WHERE ");
                    boolean outer = c.literalBinds();
                    c.setLiteralBinds(true);
                    try {
                        c.condition(clause.targetWhere());
                    } finally {
                        c.setLiteralBinds(outer);
                    }
                }
            });
        }
        if (!clause.isUpdate()) {
            c.sql.append(" DO NOTHING");
            return;
        }
        c.sql.append(" DO UPDATE SET ");
        setList(c, clause.setValues());
        if (clause.updateWhere() != null) {
            c.sql.append(" WHERE ");
            c.condition(clause.updateWhere());
        }
    }

    /**
     * Renders {@code [AS new] ON DUPLICATE KEY UPDATE col = value, ...}; without the row alias, columns of
     * {@link OnDuplicateKeyUpdate#inserted} are written {@code VALUES(col)}.
     */
    static void onDuplicateKeyUpdate(StatementCompiler c, Insert insert, OnDuplicateKeyUpdate clause,
            boolean rowAlias) {
        if (rowAlias) {
            c.sql.append(" AS ").append(c.preparer.quote(OnDuplicateKeyUpdate.INSERTED));
            c.sql.append(" ON DUPLICATE KEY UPDATE ");
            setList(c, clause.setValues());
            return;
        }
        c.sql.append(" ON DUPLICATE KEY UPDATE ");
        withColumns(c, col -> valuesFunction(c, col, insert.table()), () -> setList(c, clause.setValues()));
    }

    /** The error for an option the compiler's dialect cannot render, naming what it can do instead. */
    static UnsupportedCompilationException unsupported(StatementCompiler c, InsertOption option) {
        String instead;
        if (option instanceof OnConflict && c.has(Capabilities.Feature.INSERT_ON_DUPLICATE_KEY_UPDATE)) {
            instead = "this database upserts with OnDuplicateKeyUpdate.";
        } else if (option instanceof OnDuplicateKeyUpdate && c.has(Capabilities.Feature.INSERT_ON_CONFLICT)) {
            instead = "this database upserts with OnConflict.";
        } else if (option instanceof OnConflict || option instanceof OnDuplicateKeyUpdate) {
            instead = "upsert with a SELECT followed by an INSERT or an UPDATE in one transaction.";
        } else {
            instead = "it is not an option this dialect knows; remove it or use the dialect it was made for.";
        }
        return new UnsupportedCompilationException(option.description() + " is not supported by dialect "
                + c.dialect.name() + " (server " + c.dialect.serverVersion() + "); " + instead);
    }

    private static void setList(StatementCompiler c, Map<String, Expression<?>> values) {
        int n = 0;
        for (Map.Entry<String, Expression<?>> e : values.entrySet()) {
            if (n++ > 0) {
                c.sql.append(", ");
            }
            c.sql.append(c.preparer.quote(e.getKey())).append(" = ");
            c.process(e.getValue());
        }
    }

    private static boolean bareTargetColumn(StatementCompiler c, ColumnClause<?> column, TableClause table) {
        if (column.table() != table) {
            return false;
        }
        c.sql.append(c.preparer.quote(column.name()));
        return true;
    }

    private static boolean valuesFunction(StatementCompiler c, ColumnClause<?> column, TableClause table) {
        if (!OnDuplicateKeyUpdate.isInserted(column, table)) {
            return false;
        }
        c.sql.append("VALUES(").append(c.preparer.quote(column.name())).append(')');
        return true;
    }

    private static void withColumns(StatementCompiler c, Predicate<ColumnClause<?>> override, Runnable body) {
        Predicate<ColumnClause<?>> outer = c.columnOverride;
        c.columnOverride = override;
        try {
            body.run();
        } finally {
            c.columnOverride = outer;
        }
    }
}
