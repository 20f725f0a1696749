package org.athanor.testing.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shared statement catalogue: every construct of the expression language and the DDL, as statements
 * over {@link CatalogueSchema}, each with an id and what it must give. Dialect modules compare its SQL
 * with their expectation files ({@link ExpectedSql}) and execute it ({@link CatalogueRunner}).
 *
 * <p>Thread-safe: it holds no state.
 */
public final class StatementCatalogue {
    private StatementCatalogue() {
    }

    /**
     * Builds the entries over a schema.
     *
     * @param schema the fixture schema
     * @return the entries, ids unique
     */
    public static List<CatalogueEntry> entries(CatalogueSchema schema) {
        List<CatalogueEntry> all = new ArrayList<>(SelectCatalogue.entries(schema));
        all.addAll(DmlCatalogue.entries(schema));
        all.addAll(DdlCatalogue.entries(schema));
        Set<String> ids = new HashSet<>();
        for (CatalogueEntry e : all) {
            if (!ids.add(e.id())) {
                throw new IllegalStateException("Duplicate catalogue id " + e.id());
            }
        }
        return all;
    }
}
