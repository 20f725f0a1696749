package org.athanor.engine.impl.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.StatementKind;
import org.athanor.engine.impl.testing.EngineFixture;
import org.athanor.engine.impl.testing.TestText;
import org.junit.jupiter.api.Test;

/**
 * Seed 001, "Connectionless Execution, Implicit Execution": explicit execution on a connection, explicit
 * connectionless execution on the engine (the result references the connection made behind the scenes and
 * returns it to the pool when closed).
 *
 * <p>TODO(expression language): {@code users_table.select()} is the stand-in {@link TestText}; implicit
 * execution ({@code meta.bind = engine; users_table.select().execute()}) needs MetaData and bound tables.
 */
class Seed001_ConnectionlessExecutionTest extends EngineFixture {
    static final TestText USERS_SELECT = TestText.of("select id, name from users order by id", StatementKind.SELECT);

    @Override
    protected String[] schema() {
        return new String[] {"create table users (id integer primary key, name varchar(50))",
                "insert into users values (1, 'john')", "insert into users values (2, 'ed')"};
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
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void explicitExecutionOnAConnection() {
        Connection connection = engine.connect();
        Result result = connection.execute(USERS_SELECT);
        assertThat(result.all()).extracting(r -> r.get("name")).containsExactly("john", "ed");
        connection.close();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void explicitConnectionlessExecutionReturnsTheConnectionWhenTheResultIsClosed() {
        Result result = engine.execute(USERS_SELECT);
        assertThat(result.fetchOne().get("id")).isEqualTo(1);
        assertThat(engine.pool().statistics().checkedOut()).isEqualTo(1);
        result.close();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
        assertThat(engine.pool().statistics().checkedIn()).isEqualTo(1);
    }

    @Test
    void eachOpenConnectionlessResultHoldsItsOwnConnection() {
        Result r1 = engine.execute(USERS_SELECT);
        Result r2 = engine.execute(USERS_SELECT);
        assertThat(engine.pool().statistics().checkedOut()).isEqualTo(2);
        r1.close();
        r2.close();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }
}
