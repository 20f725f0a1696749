package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.exc.InvalidRequestException;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 001, "Connectionless Execution, Implicit Execution", on the seed's table
 * {@code users_table = Table('users', meta, Column('id', Integer, primary_key=True), Column('name', String(50)))}:
 * explicit execution on a connection, explicit connectionless execution on the engine, and implicit execution
 * through bound metadata ({@code meta.bind = engine; users_table.select().execute()}). In both connectionless
 * forms the result references the connection made behind the scenes and returns it to the pool when closed.
 *
 * <p>Bound metadata and implicit execution are kept because the seed describes them; as the seed says, their
 * use is discouraged (see {@link org.athanor.sql.Statement#execute()}).
 */
class Seed001_ConnectionlessExecutionTest extends SeedFixture {
    final Table usersTable = new Table("users", metadata, Column.of("id", SqlTypes.INTEGER).primaryKey(),
            Column.of("name", SqlTypes.string(50)));

    @BeforeEach
    void fillTables() {
        engine.execute(usersTable.insert(), List.of(Map.of("id", 1, "name", "john"), Map.of("id", 2, "name", "ed")));
    }

    int checkedOut() {
        return engine.pool().statistics().checkedOut();
    }

    @Test
    void connectionlessExecutionOfText() {
        // result = engine.execute("select username from users"); for row in result: ...
        Result result = engine.execute("select name as username from users order by id");
        List<Object> names = new ArrayList<>();
        for (Row row : result) {
            names.add(row.get("username"));
        }
        assertThat(names).containsExactly("john", "ed");
        assertThat(checkedOut()).isZero();
    }

    @Test
    void explicitExecutionOnAConnection() {
        // connection = engine.connect(); result = connection.execute(users_table.select()); connection.close()
        Connection connection = engine.connect();
        Result result = connection.execute(usersTable.select());
        List<Object> names = new ArrayList<>();
        for (Row row : result) {
            names.add(row.getByKey(usersTable.c("name")));
        }
        assertThat(names).containsExactly("john", "ed");
        assertThat(checkedOut()).isEqualTo(1);
        connection.close();
        assertThat(checkedOut()).isZero();
    }

    @Test
    void explicitConnectionlessExecutionReturnsTheConnectionWhenTheResultIsClosed() {
        // result = engine.execute(users_table.select()); for row in result: ...; result.close()
        Result result = engine.execute(usersTable.select());
        assertThat(result.fetchOne().getByKey(usersTable.c("id"))).isEqualTo(1);
        assertThat(checkedOut()).isEqualTo(1);
        result.close();
        assertThat(checkedOut()).isZero();
        assertThat(engine.pool().statistics().checkedIn()).isEqualTo(1);
    }

    @Test
    void implicitExecutionThroughBoundMetadata() {
        // meta.bind = engine; result = users_table.select().execute(); for row in result: ...; result.close()
        metadata.bind(engine);
        Result result = usersTable.select().execute();
        Row first = result.fetchOne();
        assertThat(first.getByKey(usersTable.c("id"))).isEqualTo(1);
        assertThat(first.get("name")).isEqualTo("john");
        assertThat(checkedOut()).as("the result holds the connection made behind the scenes").isEqualTo(1);
        result.close();
        assertThat(checkedOut()).isZero();
        // the same with parameters, and DML: each implicit execution is outside any transaction (autocommit)
        usersTable.insert().execute(Map.of("id", 3, "name", "wendy")).close();
        assertThat(db.column("select name from users order by id")).containsExactly("john", "ed", "wendy");
        assertThat(checkedOut()).isZero();
    }

    @Test
    void implicitExecutionWithoutABindSaysWhatToDo() {
        assertThatThrownBy(() -> usersTable.select().execute()).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("metadata.bind(engine)").hasMessageContaining("connection.execute(statement)");
    }

    @Test
    void eachOpenConnectionlessResultHoldsItsOwnConnection() {
        Result r1 = engine.execute(usersTable.select());
        Result r2 = engine.execute(usersTable.select());
        assertThat(checkedOut()).isEqualTo(2);
        r1.close();
        r2.close();
        assertThat(checkedOut()).isZero();
    }
}
