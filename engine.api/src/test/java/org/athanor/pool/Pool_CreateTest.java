package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.athanor.dialect.Dialect;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.DataException;
import org.athanor.exc.InvalidRequestException;
import org.athanor.exc.OperationalException;
import org.junit.jupiter.api.Test;

class Pool_CreateTest {
    private static final SQLException REFUSED = new SQLException("password authentication failed", "28P01");

    @Test
    void withoutADialectAConnectFailureIsOperational() {
        QueuePool pool = new QueuePool(() -> {
            throw REFUSED;
        }, PoolConfig.defaults());
        assertThatThrownBy(pool::connect).isInstanceOfSatisfying(OperationalException.class, e -> {
            assertThat((Throwable) e.getCause()).isSameAs(REFUSED);
            assertThat(e.connectionInvalidated()).isFalse();
        });
    }

    @Test
    void aDialectClassifiesTheConnectFailure() {
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getName().equals("wrapException")) {
                return new DataException(null, null, (SQLException) args[0], false);
            }
            if (m.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, m, args);
            }
            throw new UnsupportedOperationException(m.getName());
        };
        Dialect dialect = (Dialect) Proxy.newProxyInstance(Dialect.class.getClassLoader(),
                new Class<?>[] {Dialect.class}, h);
        NullPool pool = new NullPool(() -> {
            throw REFUSED;
        }, PoolConfig.builder().dialect(dialect).build());
        assertThatThrownBy(pool::connect).isInstanceOf(DataException.class).hasCause(REFUSED);
    }

    @Test
    void aCreatorReturningNullIsReported() {
        NullPool pool = new NullPool(() -> null, PoolConfig.defaults());
        assertThatThrownBy(pool::connect).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("returned null");
    }

    @Test
    void aPoolNeedsACreatorAndAConfig() {
        assertThatThrownBy(() -> new QueuePool(null, PoolConfig.defaults())).isInstanceOf(ArgumentException.class);
        assertThatThrownBy(() -> new QueuePool(new StubDatabase().creator(), null))
                .isInstanceOf(ArgumentException.class);
    }

    @Test
    void recreateNeedsTheStandardConstructor() {
        Pool odd = new NullPool(new StubDatabase().creator(), PoolConfig.defaults()) {
        };
        assertThatThrownBy(odd::recreate).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("override recreate()");
    }
}
