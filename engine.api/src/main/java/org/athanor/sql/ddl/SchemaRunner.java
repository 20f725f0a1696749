package org.athanor.sql.ddl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.athanor.dialect.Capabilities;
import org.athanor.engine.Connectable;
import org.athanor.engine.Connection;
import org.athanor.exc.ArgumentException;
import org.athanor.reflection.Inspector;
import org.athanor.sql.compiler.DdlCompiler;
import org.athanor.sql.schema.Sequence;
import org.athanor.sql.schema.Table;

/**
 * Runs the DDL that creates or drops tables, their indexes, comments and sequences through an engine or a
 * connection (seed 003's SchemaGenerator), checking first for what exists when asked to. Used by
 * {@code Table.create/drop} and {@code MetaData.createAll/dropAll}.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class SchemaRunner {
    private SchemaRunner() {
    }

    /**
     * Creates tables in the given order, after the sequences their columns use.
     *
     * @param tables the tables, referenced ones first
     * @param connectable an engine or a connection
     * @param checkFirst whether to skip what exists
     */
    public static void create(List<Table> tables, Connectable connectable, boolean checkFirst) {
        Connectable target = require(connectable);
        try (Connection conn = target.contextualConnect()) {
            DdlCompiler ddl = conn.dialect().ddlCompiler();
            Inspector inspector = checkFirst ? Inspector.of(conn) : null;
            if (conn.dialect().capabilities().has(Capabilities.Feature.SEQUENCES)) {
                for (Sequence s : sequences(tables)) {
                    if (!checkFirst || !inspector.hasSequence(s.name(), s.schema())) {
                        conn.execute(new CreateSequence(s));
                    }
                }
            }
            for (Table t : tables) {
                if (checkFirst && inspector.hasTable(t.name(), t.schema())) {
                    continue;
                }
                for (DdlElement e : ddl.createStatements(t)) {
                    conn.execute(e);
                }
            }
        }
    }

    /**
     * Drops tables in the reverse of the given order, then the sequences their columns use.
     *
     * @param tables the tables, referenced ones first
     * @param connectable an engine or a connection
     * @param checkFirst whether to skip what does not exist
     */
    public static void drop(List<Table> tables, Connectable connectable, boolean checkFirst) {
        Connectable target = require(connectable);
        List<Table> reversed = new ArrayList<>(tables);
        Collections.reverse(reversed);
        try (Connection conn = target.contextualConnect()) {
            DdlCompiler ddl = conn.dialect().ddlCompiler();
            Inspector inspector = checkFirst ? Inspector.of(conn) : null;
            for (Table t : reversed) {
                if (checkFirst && !inspector.hasTable(t.name(), t.schema())) {
                    continue;
                }
                for (DdlElement e : ddl.dropStatements(t)) {
                    conn.execute(e);
                }
            }
            if (conn.dialect().capabilities().has(Capabilities.Feature.SEQUENCES)) {
                for (Sequence s : sequences(tables)) {
                    if (!checkFirst || inspector.hasSequence(s.name(), s.schema())) {
                        conn.execute(new DropSequence(s));
                    }
                }
            }
        }
    }

    /**
     * Tells whether a table exists.
     *
     * @param table the table
     * @param connectable an engine or a connection
     * @return whether it exists
     */
    public static boolean exists(Table table, Connectable connectable) {
        return Inspector.of(require(connectable)).hasTable(table.name(), table.schema());
    }

    private static Set<Sequence> sequences(List<Table> tables) {
        Set<Sequence> s = new LinkedHashSet<>();
        for (Table t : tables) {
            s.addAll(t.sequences());
        }
        return s;
    }

    private static Connectable require(Connectable connectable) {
        if (connectable == null) {
            throw new ArgumentException("Creating or dropping tables needs an engine or a connection.");
        }
        return connectable;
    }
}
