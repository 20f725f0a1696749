package org.athanor.sql;

import java.util.ArrayList;
import java.util.List;
import org.athanor.engine.Connectable;
import org.athanor.engine.ExecutionOptions;
import org.athanor.exc.ArgumentException;

/**
 * SELECTs combined by UNION, UNION ALL, INTERSECT or EXCEPT ({@code MINUS} on Oracle), with optional ORDER
 * BY, LIMIT and OFFSET over the whole. Its result columns are those of the first SELECT.
 *
 * <p>Immutable and thread-safe.
 */
public final class CompoundSelect extends SelectBase {

    /** The set operation. */
    public enum Kind {
        /** UNION. */
        UNION("UNION"),
        /** UNION ALL. */
        UNION_ALL("UNION ALL"),
        /** INTERSECT. */
        INTERSECT("INTERSECT"),
        /** EXCEPT. */
        EXCEPT("EXCEPT");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        /** @return the SQL keyword(s) */
        public String sql() {
            return sql;
        }
    }

    private final Kind kind;
    private final List<SelectBase> selects;
    private final List<OrderByItem> orderBy;
    private final BindParameter<Integer> limit;
    private final BindParameter<Integer> offset;

    private CompoundSelect(Kind kind, List<SelectBase> selects, List<OrderByItem> orderBy,
            BindParameter<Integer> limit, BindParameter<Integer> offset, ExecutionOptions options) {
        super(options);
        this.kind = kind;
        this.selects = List.copyOf(selects);
        this.orderBy = List.copyOf(orderBy);
        this.limit = limit;
        this.offset = offset;
    }

    static CompoundSelect of(Kind kind, SelectBase first, SelectBase... others) {
        List<SelectBase> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(others));
        if (all.size() < 2) {
            throw new ArgumentException(kind.sql() + " needs at least two SELECTs.");
        }
        int n = first.selectedColumns().size();
        for (SelectBase s : all) {
            if (s.selectedColumns().size() != n) {
                throw new ArgumentException("All SELECTs of a " + kind.sql() + " must have the same number of"
                        + " columns; the first has " + n + ", another " + s.selectedColumns().size() + ".");
            }
        }
        return new CompoundSelect(kind, all, List.of(), null, null, ExecutionOptions.none());
    }

    /** @return the set operation */
    public Kind kind() {
        return kind;
    }

    /** @return the combined SELECTs */
    public List<SelectBase> selects() {
        return selects;
    }

    /**
     * Adds ORDER BY items over the combined result.
     *
     * @param items expressions or ORDER BY items
     * @return the new compound
     */
    public CompoundSelect orderBy(Object... items) {
        List<OrderByItem> o = new ArrayList<>(orderBy);
        for (Object item : items) {
            o.add(OrderByItem.of(item));
        }
        return new CompoundSelect(kind, selects, o, limit, offset, executionOptions());
    }

    /**
     * Returns at most this many rows of the combined result.
     *
     * @param rows the most rows
     * @return the new compound
     */
    public CompoundSelect limit(int rows) {
        return new CompoundSelect(kind, selects, orderBy, count("LIMIT", rows), offset, executionOptions());
    }

    /**
     * Skips this many rows of the combined result.
     *
     * @param rows the rows to skip
     * @return the new compound
     */
    public CompoundSelect offset(int rows) {
        return new CompoundSelect(kind, selects, orderBy, limit, count("OFFSET", rows), executionOptions());
    }

    @Override
    public CompoundSelect executionOptions(ExecutionOptions more) {
        return new CompoundSelect(kind, selects, orderBy, limit, offset, executionOptions().merge(more));
    }

    @Override
    public List<Expression<?>> selectedColumns() {
        return selects.get(0).selectedColumns();
    }

    @Override
    public List<String> columnNames() {
        return selects.get(0).columnNames();
    }

    @Override
    public List<OrderByItem> orderByItems() {
        return orderBy;
    }

    @Override
    public BindParameter<Integer> limitParameter() {
        return limit;
    }

    @Override
    public BindParameter<Integer> offsetParameter() {
        return offset;
    }

    @Override
    public Connectable bind() {
        for (SelectBase s : selects) {
            if (s.bind() != null) {
                return s.bind();
            }
        }
        return null;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitCompound(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("compound").token(kind).addAll(selects).addAll(orderBy).add(limit).add(offset);
    }
}
