package org.athanor.engine.impl.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.StatementKind;
import org.athanor.engine.impl.testing.EngineFixture;
import org.athanor.engine.impl.testing.FakeColumn;
import org.athanor.engine.impl.testing.TestText;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.InvalidRequestException;
import org.athanor.exc.MultipleResultsFoundException;
import org.athanor.exc.NoResultFoundException;
import org.athanor.exc.NoSuchColumnException;
import org.athanor.exc.ResourceClosedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Result and Row: fetching, access by name and position, conversions, row counts, inserted keys. */
class Result_RowTest extends EngineFixture {
    Connection c;

    @Override
    protected String[] schema() {
        return new String[] {"create table users (id integer primary key autoincrement, Name varchar(20), born varchar(10),"
                + " score real)", "insert into users (Name, born, score) values ('john', '1970-01-02', 1.5)",
                "insert into users (Name, born, score) values ('ed', '1980-03-04', 2)",
                "insert into users (Name, born, score) values ('wendy', '1990-05-06', 3)"};
    }

    @BeforeEach
    void setUp() {
        c = engine.connect();
    }

    @AfterEach
    void tearDown() {
        c.close();
    }

    Result users() {
        return c.execute("select id, Name, born, score from users order by id");
    }

    @Test
    void rowsByNameAndPosition() {
        Row row = users().first();
        assertThat(row.keys()).containsExactly("id", "Name", "born", "score");
        assertThat(row.get("Name")).isEqualTo("john");
        assertThat(row.get("name")).as("case-insensitive when unique").isEqualTo("john");
        assertThat(row.get(1)).isEqualTo("john");
        assertThat(row.getByKey(1)).isEqualTo("john");
        assertThat(row.getByKey("NAME")).isEqualTo("john");
        assertThat(row.has("name")).isTrue();
        assertThat(row.has("nope")).isFalse();
        assertThat(row.size()).isEqualTo(4);
        assertThat(row.values()).containsExactly(1, "john", "1970-01-02", 1.5);
        assertThat(row.asMap()).containsEntry("Name", "john").hasSize(4);
    }

    @Test
    void unknownColumnsListTheColumnsThereAre() {
        Row row = users().first();
        assertThatThrownBy(() -> row.get("nope")).isInstanceOf(NoSuchColumnException.class)
                .hasMessageContaining("nope").hasMessageContaining("[id, Name, born, score]");
        assertThatThrownBy(() -> row.get(9)).isInstanceOf(NoSuchColumnException.class).hasMessageContaining("4 columns");
        assertThatThrownBy(() -> row.getByKey(2.5)).isInstanceOf(ArgumentException.class);
    }

    @Test
    void ambiguousNamesAreReported() {
        Row row = c.execute("select 1 as a, 2 as A, 3 as b, 4 as b").first();
        assertThat(row.get("a")).as("exact match wins").isEqualTo(1);
        assertThat(row.get("A")).isEqualTo(2);
        assertThatThrownBy(() -> row.get("b")).isInstanceOf(NoSuchColumnException.class).hasMessageContaining("ambiguous");
    }

    @Test
    void aColumnObjectIsMatchedByItsName() {
        Row row = users().first();
        assertThat(row.getByKey(new FakeColumn("Name"))).isEqualTo("john");
    }

    @Test
    void aColumnObjectTheStatementKnowsIsResolvedByTheStatementBeforeItsName() {
        record TableColumn(String table, String name) {
        }
        TableColumn usersId = new TableColumn("u", "id");
        TableColumn otherId = new TableColumn("v", "id");
        TestText select = TestText.of("select u.id, v.id as id_1, u.Name from users u join users v"
                + " on v.id = u.id + 1 where u.id = 1", StatementKind.SELECT).resultKey(usersId, 0)
                .resultKey(otherId, 1);
        Row row = c.execute(select).one();
        assertThat(row.getByKey(usersId)).isEqualTo(1);
        assertThat(row.getByKey(otherId)).as("id_1, not the first column named id").isEqualTo(2);
        assertThat(row.getByKey(new FakeColumn("Name"))).as("unknown to the statement: by name").isEqualTo("john");
    }

    @Test
    void typedAccessConverts() {
        Row row = users().first();
        assertThat(row.get("id", Long.class)).isEqualTo(1L);
        assertThat(row.get("score", BigDecimal.class)).isEqualByComparingTo("1.5");
        assertThat(row.get("score", int.class)).isEqualTo(1);
        assertThat(row.get("born", LocalDate.class)).isEqualTo(LocalDate.of(1970, 1, 2));
        assertThat(row.get(0, String.class)).isEqualTo("1");
        assertThat(row.get("id", Boolean.class)).isTrue();
        assertThatThrownBy(() -> row.get("Name", Integer.class)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("john");
    }

    @Test
    void fetchOneManyAllAndExhaustion() {
        Result r = users();
        assertThat(r.keys()).containsExactly("id", "Name", "born", "score");
        assertThat(r.returnsRows()).isTrue();
        assertThat(r.fetchOne().get("id")).isEqualTo(1);
        assertThat(r.fetchMany(1)).hasSize(1);
        assertThat(r.all()).extracting(x -> x.get("id")).containsExactly(3);
        assertThat(r.isClosed()).isTrue();
        assertThat(r.fetchOne()).as("exhausted: nothing more").isNull();
        assertThat(r.fetchMany(5)).isEmpty();
    }

    @Test
    void firstOneScalarCloseTheResult() {
        Result r = users();
        assertThat(r.first().get("Name")).isEqualTo("john");
        assertThatThrownBy(r::fetchOne).isInstanceOf(ResourceClosedException.class);
        assertThat(c.execute("select Name from users where id = 2").one().get(0)).isEqualTo("ed");
        assertThatThrownBy(() -> users().one()).isInstanceOf(MultipleResultsFoundException.class);
        assertThatThrownBy(() -> c.execute("select * from users where id = 99").one())
                .isInstanceOf(NoResultFoundException.class);
        assertThat(c.execute("select count(*) from users").scalar()).isEqualTo(3);
        assertThat(c.execute("select count(*) from users").scalar(Long.class)).isEqualTo(3L);
        assertThat(c.execute("select * from users where id = 99").scalar()).isNull();
        assertThat(c.execute("select * from users where id = 99").first()).isNull();
    }

    @Test
    void streamingAndClosingTheStreamClosesTheResult() {
        Result r = users();
        try (Stream<Row> s = r.stream()) {
            assertThat(s.limit(1).map(x -> x.get("Name"))).containsExactly("john");
        }
        assertThat(r.isClosed()).isTrue();
    }

    @Test
    void resultsWithoutRowsRefuseToFetchButReportCounts() {
        Result r = c.execute("update users set score = score + 1 where id > 1");
        assertThat(r.returnsRows()).isFalse();
        assertThat(r.keys()).isEmpty();
        assertThat(r.rowcount()).isEqualTo(2);
        assertThatThrownBy(r::fetchOne).isInstanceOf(ResourceClosedException.class).hasMessageContaining("rowcount()");
        assertThatThrownBy(r::insertedPrimaryKey).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void insertedPrimaryKeyOfAnExecutableInsert() {
        TestText insert = TestText.of("insert into users (Name) values (?)", StatementKind.INSERT, "name")
                .primaryKey("id");
        Result r = c.execute(insert, Map.of("name", "jack"));
        assertThat(r.rowcount()).isEqualTo(1);
        assertThat(r.insertedPrimaryKey()).hasSize(1);
        assertThat(((Number) r.insertedPrimaryKey().get(0)).intValue()).isEqualTo(4);
        // text: the driver did not report a key
        assertThat(c.execute("insert into users (Name) values ('x')").insertedPrimaryKey()).isEmpty();
        // many rows: not a single-row insert
        Result many = c.execute(insert, List.of(Map.of("name", "a"), Map.of("name", "b")));
        assertThat(many.rowcount()).isEqualTo(2);
        assertThatThrownBy(many::insertedPrimaryKey).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void resultProcessorsConvertValues() {
        TestText select = TestText.of("select Name from users where id = ?", StatementKind.SELECT, "id")
                .processor("Name", v -> ((String) v).toUpperCase());
        assertThat(c.execute(select, Map.of("id", 2)).scalar()).isEqualTo("ED");
    }

    @Test
    void readingAfterTheConnectionClosedSaysWhy() {
        Connection other = engine.connect();
        Result r = other.execute("select * from users");
        other.close();
        assertThatThrownBy(r::fetchOne).isInstanceOf(ResourceClosedException.class)
                .hasMessageContaining("connection of this result was closed");
    }
}
