package org.athanor.testing.sql;

import static org.athanor.testing.sql.CatalogueEntry.of;

import java.util.ArrayList;
import java.util.List;
import org.athanor.sql.ddl.CommentOn;
import org.athanor.sql.ddl.CreateIndex;
import org.athanor.sql.ddl.CreateSequence;
import org.athanor.sql.ddl.CreateTable;
import org.athanor.sql.ddl.DropIndex;
import org.athanor.sql.ddl.DropSequence;
import org.athanor.sql.ddl.DropTable;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.Index;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Sequence;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;

/**
 * The DDL of the catalogue: CREATE TABLE for every fixture table (the runner creates them for real through
 * {@code createAll}), indexes, sequences, comments, drops, identity columns.
 *
 * <p>Thread-safe: it holds no state.
 */
final class DdlCatalogue {
    private DdlCatalogue() {
    }

    static List<CatalogueEntry> entries(CatalogueSchema s) {
        List<CatalogueEntry> e = new ArrayList<>();
        e.add(of("ddl_create_users", new CreateTable(s.users)).compileOnly());
        e.add(of("ddl_create_addresses", new CreateTable(s.addresses)).compileOnly());
        e.add(of("ddl_create_orders", new CreateTable(s.orders)).compileOnly());
        e.add(of("ddl_create_order", new CreateTable(s.order)).compileOnly());
        e.add(of("ddl_create_logs", new CreateTable(s.logs)).compileOnly());
        e.add(of("ddl_create_things", new CreateTable(s.things)).compileOnly());
        e.add(of("ddl_create_index", new CreateIndex(s.orders, s.orders.indexes().get(0))).compileOnly());
        e.add(of("ddl_create_unique_index", new CreateIndex(s.users, Index.on("ix_users_name_age", "name", "age")
                .unique())).compileOnly());
        e.add(of("ddl_drop_index", new DropIndex(s.orders, s.orders.indexes().get(0))).compileOnly());
        e.add(of("ddl_drop_table", new DropTable(s.order)).compileOnly());
        e.add(of("ddl_comment_table", new CommentOn(s.orders)).compileOnly());
        e.add(of("ddl_comment_column", new CommentOn(s.order.c("UserName"))).compileOnly());
        Sequence seq = Sequence.of("invoice_seq").start(100).increment(10);
        e.add(of("ddl_create_sequence", new CreateSequence(seq)).compileOnly());
        e.add(of("ddl_drop_sequence", new DropSequence(seq)).compileOnly());
        MetaData m = new MetaData();
        Table invoices = new Table("invoices", m,
                Column.of("id", SqlTypes.BIGINT).primaryKey().identity(),
                Column.of("number", SqlTypes.INTEGER).sequence(seq),
                Column.of("amount", SqlTypes.numeric(12, 2)).notNull().serverDefault(0));
        e.add(of("ddl_create_identity", new CreateTable(invoices)).compileOnly());
        e.add(of("insert_sequence_default", invoices.insert().value("amount", 1)).compileOnly());
        return e;
    }
}
