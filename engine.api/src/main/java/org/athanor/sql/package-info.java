/**
 * The SQL expression language: statements and expressions built from objects, immutable and generative
 * ({@code select(...).where(...).orderBy(...)} returns new objects). {@link org.athanor.sql.SQL} holds the
 * factories ({@code select}, {@code text}, {@code bindparam}, {@code literal}, {@code and}, {@code or},
 * {@code exists}, {@code caseWhen}, {@code cast}, {@code union}); {@link org.athanor.sql.Func} the
 * functions; {@link org.athanor.sql.Expression} the operators. Statements compile themselves for a dialect
 * into SQL with {@code ?} placeholders and ordered parameters; values are always bound, never spliced into
 * the text, and names are quoted as needed, so neither can change a statement's structure.
 *
 * <pre>{@code
 * import static org.athanor.sql.SQL.*;
 *
 * Select q = select(users.c("name"), addresses.c("email"))
 *         .selectFrom(users.join(addresses))
 *         .where(users.c("name").like("J%"), addresses.c("email").isNotNull())
 *         .orderBy(users.c("name"));
 * try (Connection conn = engine.connect()) {
 *     for (Row row : conn.execute(q)) {
 *         System.out.println(row.get("name") + " " + row.get("email"));
 *     }
 * }
 * }</pre>
 */
@Export
@Version("1.0.0")
package org.athanor.sql;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
