package org.athanor.dialect.mysql.sql;

import java.util.Set;
import org.athanor.sql.compiler.CompilerKit;
import org.athanor.sql.compiler.IdentifierPreparer;
import org.athanor.sql.compiler.ReservedWords;

/**
 * The SQL kit of MySQL and MariaDB: backtick quoting, {@code LIMIT offset, count}, {@code concat()},
 * AUTO_INCREMENT, inline comments, and capabilities (RETURNING, INTERSECT, sequences) by server.
 *
 * <p>Immutable and thread-safe.
 */
public final class MySQLCompilerKit extends CompilerKit {
    /** The kit instance. */
    public static final MySQLCompilerKit INSTANCE = new MySQLCompilerKit();

    /** MySQL's and MariaDB's reserved words. */
    static final Set<String> RESERVED = ReservedWords.plus(ReservedWords.ANSI,
            "accessible add alter before bigint blob by call cascade change char character condition continue"
                    + " convert cube cume_dist database databases day_hour day_microsecond day_minute day_second"
                    + " dec decimal declare delayed dense_rank describe deterministic distinctrow div double dual"
                    + " each elseif empty enclosed escaped exit explain first_value float float4 float8 force"
                    + " fulltext function generated get groups high_priority hour_microsecond hour_minute"
                    + " hour_second if ignore index infile inout insensitive int int1 int2 int3 int4 int8 integer"
                    + " interval io_after_gtids io_before_gtids iterate json_table key keys kill lag last_value"
                    + " lead leave lines linear load lock long longblob longtext loop low_priority"
                    + " master_bind master_ssl_verify_server_cert match maxvalue mediumblob mediumint mediumtext"
                    + " member middleint minute_microsecond minute_second mod modifies no_write_to_binlog"
                    + " nth_value ntile numeric of optimize optimizer_costs option optionally out outfile over"
                    + " partition percent_rank precision procedure purge range rank read reads read_write real"
                    + " recursive regexp release rename repeat replace require resignal restrict return revoke"
                    + " rlike row rows row_number schema schemas second_microsecond sensitive separator show"
                    + " signal smallint spatial specific sql sqlexception sqlstate sqlwarning sql_big_result"
                    + " sql_calc_found_rows sql_small_result ssl starting stored straight_join system"
                    + " terminated tinyblob tinyint tinytext trigger undo unlock unsigned usage use utc_date"
                    + " utc_time utc_timestamp varbinary varchar varcharacter varying virtual while write xor"
                    + " year_month zerofill");

    private MySQLCompilerKit() {
        super(MySQLStatementCompiler::new, MySQLDdlCompiler::new, MySQLTypeCompiler::new,
                d -> new IdentifierPreparer(RESERVED, '`', '`', false), MySQLReflector::new);
    }
}
