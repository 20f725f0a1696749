package org.athanor.testing.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Executable;

/**
 * One statement of the catalogue: an id (the key of the expectation files), the statement, the parameters
 * it is executed with, and what executing it on the fixture rows must give.
 *
 * <p>Immutable after building; thread-safe.
 */
public final class CatalogueEntry {
    private final String id;
    private final Executable statement;
    private Map<String, ?> parameters = Map.of();
    private List<List<Object>> rows;
    private boolean ordered = true;
    private Long rowcount;
    private Executable verify;
    private List<List<Object>> verifyRows;
    private boolean compileOnly;
    private boolean oneNonNullValue;
    private boolean checkInsertedKey;

    private CatalogueEntry(String id, Executable statement) {
        this.id = id;
        this.statement = statement;
    }

    /**
     * Starts an entry.
     *
     * @param id the id
     * @param statement the statement
     * @return the entry
     */
    public static CatalogueEntry of(String id, Executable statement) {
        return new CatalogueEntry(id, statement);
    }

    /**
     * Sets the execution parameters (also used for compiling).
     *
     * @param params the parameters
     * @return this
     */
    public CatalogueEntry params(Map<String, ?> params) {
        this.parameters = params;
        return this;
    }

    /**
     * Expects these rows, in this order.
     *
     * @param expected rows, each a list of values
     * @return this
     */
    public CatalogueEntry rows(List<?>... expected) {
        this.rows = toRows(expected);
        return this;
    }

    /**
     * Expects these rows in any order.
     *
     * @param expected rows
     * @return this
     */
    public CatalogueEntry anyOrder(List<?>... expected) {
        rows(expected);
        this.ordered = false;
        return this;
    }

    /**
     * Expects one row of one non-null value (for values that depend on the clock).
     *
     * @return this
     */
    public CatalogueEntry oneNonNullValue() {
        this.oneNonNullValue = true;
        return this;
    }

    /**
     * Expects a row count.
     *
     * @param count the count
     * @return this
     */
    public CatalogueEntry rowcount(long count) {
        this.rowcount = count;
        return this;
    }

    /**
     * After executing, runs a query and expects its rows (in order).
     *
     * @param query the query
     * @param expected the rows
     * @return this
     */
    public CatalogueEntry then(Executable query, List<?>... expected) {
        this.verify = query;
        this.verifyRows = toRows(expected);
        return this;
    }

    /**
     * Expects the INSERT to report a primary key.
     *
     * @return this
     */
    public CatalogueEntry insertedKey() {
        this.checkInsertedKey = true;
        return this;
    }

    /**
     * Marks the entry as compiled but not executed (it needs something the fixture database lacks).
     *
     * @return this
     */
    public CatalogueEntry compileOnly() {
        this.compileOnly = true;
        return this;
    }

    private static List<List<Object>> toRows(List<?>[] expected) {
        List<List<Object>> out = new ArrayList<>();
        for (List<?> r : expected) {
            out.add(new ArrayList<>(r));
        }
        return out;
    }

    /**
     * Makes a row (values may be null).
     *
     * @param values the values
     * @return the row
     */
    public static List<Object> r(Object... values) {
        return Arrays.asList(values);
    }

    /** @return the id */
    public String id() {
        return id;
    }

    /** @return the statement */
    public Executable statement() {
        return statement;
    }

    /** @return the parameters */
    public Map<String, ?> parameters() {
        return parameters;
    }

    /** @return the expected rows, or {@code null} */
    public List<List<Object>> expectedRows() {
        return rows;
    }

    /** @return whether row order matters */
    public boolean ordered() {
        return ordered;
    }

    /** @return the expected row count, or {@code null} */
    public Long expectedRowcount() {
        return rowcount;
    }

    /** @return the verification query, or {@code null} */
    public Executable verifyQuery() {
        return verify;
    }

    /** @return the verification rows */
    public List<List<Object>> verifyRows() {
        return verifyRows;
    }

    /** @return whether only compiled */
    public boolean isCompileOnly() {
        return compileOnly;
    }

    /** @return whether one non-null value is expected */
    public boolean expectsOneNonNullValue() {
        return oneNonNullValue;
    }

    /** @return whether an inserted key is expected */
    public boolean expectsInsertedKey() {
        return checkInsertedKey;
    }

    @Override
    public String toString() {
        return id;
    }
}
