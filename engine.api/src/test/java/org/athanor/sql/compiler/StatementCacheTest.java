package org.athanor.sql.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.DefaultDialect;
import org.athanor.dialect.Dialect;
import org.athanor.dialect.ServerVersion;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.URL;
import org.athanor.sql.schema.Table;
import org.athanor.testing.sql.CatalogueSchema;
import org.junit.jupiter.api.Test;

class StatementCacheTest {
    private final CatalogueSchema s = new CatalogueSchema();
    private final Table users = s.users;

    /** A dialect that counts how many statement compilers it makes. */
    static class CountingDialect extends DefaultDialect {
        final AtomicInteger compilers = new AtomicInteger();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public String driver() {
            return "test";
        }

        @Override
        public Capabilities capabilities() {
            return GenericDialect.INSTANCE.capabilities();
        }

        @Override
        public StatementCompiler statementCompiler() {
            compilers.incrementAndGet();
            return super.statementCompiler();
        }

        void version(ServerVersion v) {
            setServerVersion(v);
        }

        @Override
        protected java.sql.Driver jdbcDriver() {
            throw new UnsupportedOperationException();
        }

        @Override
        protected String jdbcUrl(URL url) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void theSameShapeIsCompiledOnceAndTakesEachStatementsValues() {
        CountingDialect d = new CountingDialect();
        Compiled first = select(users).where(users.c("id").eq(1)).compile(d);
        Compiled second = select(users).where(users.c("id").eq(2)).compile(d);
        assertThat(d.compilers).hasValue(1);
        assertThat(d.statementCache().hits()).isEqualTo(1);
        assertThat(d.statementCache().misses()).isEqualTo(1);
        assertThat(second.sql()).isEqualTo(first.sql());
        assertThat(first.bind(Map.of())).containsExactly(1);
        assertThat(second.bind(Map.of())).containsExactly(2);
    }

    @Test
    void anotherShapeCompilesAgain() {
        CountingDialect d = new CountingDialect();
        select(users).where(users.c("id").eq(1)).compile(d);
        select(users).where(users.c("id").gt(1)).compile(d);
        select(users).where(users.c("id").in(1, 2)).compile(d);
        select(users).where(users.c("id").in(1, 2, 3)).compile(d);
        select(users).where(users.c("id").in(3, 4, 5)).compile(d);
        assertThat(d.compilers).hasValue(4);
    }

    @Test
    void theServerVersionIsPartOfTheKey() {
        CountingDialect d = new CountingDialect();
        select(users).limit(1).compile(d);
        d.version(ServerVersion.of(1));
        select(users).limit(1).compile(d);
        assertThat(d.compilers).hasValue(2);
    }

    @Test
    void insertColumnsFromParametersArePartOfTheKey() {
        CountingDialect d = new CountingDialect();
        Compiled a = users.insert().compile(d, Map.of("name", "x"));
        Compiled b = users.insert().compile(d, Map.of("name", "x", "age", 3));
        Compiled c = users.insert().compile(d, Map.of("name", "y"));
        assertThat(a.sql()).isEqualTo("INSERT INTO users (name) VALUES (?)");
        assertThat(b.sql()).isEqualTo("INSERT INTO users (name, age) VALUES (?, ?)");
        assertThat(c.sql()).isEqualTo(a.sql());
        assertThat(d.compilers).hasValue(2);
    }

    @Test
    void theNoCacheOptionBypassesTheCache() {
        CountingDialect d = new CountingDialect();
        var q = select(users).executionOptions(ExecutionOptions.of(ExecutionOptions.NO_CACHE, true));
        q.compile(d);
        q.compile(d);
        assertThat(d.compilers).hasValue(2);
        assertThat(d.statementCache().size()).isZero();
    }

    @Test
    void theCacheIsBounded() {
        StatementCache cache = new StatementCache(3);
        Dialect d = new CountingDialect();
        for (int i = 0; i < 10; i++) {
            var q = select(users.c("id")).where(users.c("id").in(java.util.Collections.nCopies(i + 1, 0)));
            cache.get(org.athanor.sql.CacheKey.of(q, java.util.Set.of()), q, d);
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.misses()).isEqualTo(10);
    }

    @Test
    void aTableIsPartOfTheKeyByIdentity() {
        CountingDialect d = new CountingDialect();
        Table other = new CatalogueSchema().users;
        users.select().compile(d);
        other.select().compile(d);
        users.select().compile(d);
        assertThat(d.compilers).hasValue(2);
    }
}
