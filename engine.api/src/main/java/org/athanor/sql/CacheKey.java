package org.athanor.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of a statement: everything that decides its SQL text — element classes, names, operators,
 * types, the number of values in an IN list — and nothing that only decides the values sent with it. Two
 * statements with equal keys compile to the same SQL for a dialect, so the compiled form can be reused; the
 * key also lists the statement's bind parameters in a fixed order, from which the reused form takes this
 * statement's values.
 *
 * <p>Immutable and thread-safe once built; the {@link Builder} is not thread-safe.
 */
public final class CacheKey {
    private final List<Object> tokens;
    private final List<BindParameter<?>> binds;
    private final Set<String> parameterKeys;
    private final int hash;

    private CacheKey(List<Object> tokens, List<BindParameter<?>> binds, Set<String> parameterKeys) {
        this.tokens = tokens;
        this.binds = binds;
        this.parameterKeys = parameterKeys;
        this.hash = tokens.hashCode();
    }

    /**
     * Builds the key of an element.
     *
     * @param element the statement or element
     * @param parameterKeys the names of the parameters the statement will be executed with (an INSERT or
     *     UPDATE without explicit values takes its columns from them)
     * <p>A statement remembers the last key built for it (statements are immutable, so their key never
     * changes for the same parameter names): executing one statement object again, the way a statement built
     * once is run many times, reuses that key instead of walking the statement again, as SQLAlchemy memoizes
     * a statement's cache key.
     *
     * @return the key
     */
    public static CacheKey of(ClauseElement element, Collection<String> parameterKeys) {
        if (element instanceof Statement statement) {
            CacheKey memo = statement.cacheKeyMemo;
            if (memo != null && parameterKeys instanceof Set<?> names && memo.parameterKeys.equals(names)) {
                return memo;
            }
            CacheKey key = build(element, parameterKeys);
            statement.cacheKeyMemo = key;
            return key;
        }
        return build(element, parameterKeys);
    }

    private static CacheKey build(ClauseElement element, Collection<String> parameterKeys) {
        Builder b = new Builder(parameterKeys);
        b.add(element);
        return new CacheKey(Collections.unmodifiableList(b.tokens), Collections.unmodifiableList(b.binds),
                b.parameterKeys);
    }

    /**
     * Returns the statement's bind parameters in key order; the values of a compiled form are taken from
     * them.
     *
     * @return the parameters
     */
    public List<BindParameter<?>> binds() {
        return binds;
    }

    /**
     * Returns the execution parameter names the key was built with.
     *
     * @return the names, sorted
     */
    public Set<String> parameterKeys() {
        return parameterKeys;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CacheKey k && k.hash == hash && k.tokens.equals(tokens);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "CacheKey" + tokens;
    }

    /**
     * Collects the tokens of a key; elements call it from {@link ClauseElement#appendKey}.
     *
     * <p>Not thread-safe: used by one thread while one key is built.
     */
    public static final class Builder {
        private final List<Object> tokens = new ArrayList<>(64);
        private final List<BindParameter<?>> binds = new ArrayList<>(8);
        private final Set<String> parameterKeys;

        private Builder(Collection<String> parameterKeys) {
            this.parameterKeys = parameterKeys.isEmpty() ? Collections.emptySortedSet()
                    : Collections.unmodifiableSet(new TreeSet<>(parameterKeys));
        }

        /**
         * Appends a token: a string, number, enum, class, type or any value with value equality (or an
         * object compared by identity, such as a schema table).
         *
         * @param token the token, may be {@code null}
         * @return this builder
         */
        public Builder token(Object token) {
            tokens.add(token);
            return this;
        }

        /**
         * Appends an element's shape, or a null marker.
         *
         * @param element the element, may be {@code null}
         * @return this builder
         */
        public Builder add(ClauseElement element) {
            if (element == null) {
                tokens.add(null);
            } else {
                element.appendKey(this);
            }
            return this;
        }

        /**
         * Appends a list of elements with its size.
         *
         * @param elements the elements
         * @return this builder
         */
        public Builder addAll(List<? extends ClauseElement> elements) {
            tokens.add(elements.size());
            for (ClauseElement e : elements) {
                add(e);
            }
            return this;
        }

        /**
         * Records a bind parameter: its name, base name and type go into the key; its value does not.
         *
         * @param bind the parameter
         * @return this builder
         */
        public Builder bind(BindParameter<?> bind) {
            tokens.add("?");
            tokens.add(bind.key());
            tokens.add(bind.baseName());
            tokens.add(bind.type());
            tokens.add(bind.hasValue());
            binds.add(bind);
            return this;
        }

        /**
         * Returns the execution parameter names the key is built for.
         *
         * @return the names
         */
        public Set<String> parameterKeys() {
            return parameterKeys;
        }
    }
}
