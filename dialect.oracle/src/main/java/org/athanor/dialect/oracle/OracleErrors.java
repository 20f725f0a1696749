package org.athanor.dialect.oracle;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.athanor.dialect.ErrorClassifier.Kind;

/**
 * Oracle error codes (the number of {@code ORA-nnnnn}, which ojdbc reports as the vendor code): which mean a
 * dead connection, and how the others classify. Stateless and thread-safe. Not public API.
 */
final class OracleErrors {

    /**
     * Codes after which the session is gone: SQLAlchemy's list (ORA-00028 session killed, ORA-01033
     * initialization or shutdown in progress, ORA-02396 idle time exceeded, ORA-03113 end-of-file on the
     * communication channel, ORA-03114 not connected, ORA-03135 connection lost contact), the listener and
     * network errors that mean the same (ORA-12153 not connected, ORA-12514 service unknown to the listener,
     * ORA-12537 connection closed, ORA-12547 lost contact, ORA-12571 packet writer failure), ORA-01012 not
     * logged on, ORA-01034 Oracle not available, ORA-01089 and ORA-01092 shutdown in progress or instance
     * terminated, and ojdbc's own ORA-17002 I/O error, ORA-17008 closed connection and ORA-17410 no more data
     * to read from the socket.
     */
    static final Set<Integer> DISCONNECT_CODES = Set.of(28, 1012, 1033, 1034, 1089, 1092, 2396, 3113, 3114, 3135,
            12153, 12514, 12537, 12547, 12571, 17002, 17008, 17410);

    private static final Map<Integer, Kind> KINDS = new HashMap<>();

    static {
        // ORA-00001 unique, 01400/01407 NULL into NOT NULL, 02290 check, 02291 parent key not found,
        // 02292 child record found
        put(Kind.INTEGRITY, 1, 1400, 1407, 2290, 2291, 2292);
        // 01401/12899 value too large, 01438 precision, 01722 invalid number, 01830-01861 date formats,
        // 01476 divisor is zero, 01426 numeric overflow, 06502 PL/SQL value error, 01839/01847 day of month
        put(Kind.DATA, 1401, 1426, 1438, 1476, 1722, 1830, 1839, 1840, 1841, 1843, 1847, 1858, 1861, 6502, 12899);
        // 00900-00936 syntax, 00942 no such table or view, 00955 name in use, 00957 duplicate column,
        // 00979 not a GROUP BY expression, 01008 variables not bound, 01031 insufficient privileges,
        // 01430 column exists, 02289 no such sequence, 04043 no such object, 06550 PL/SQL compilation
        put(Kind.PROGRAMMING, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 911, 917, 918, 920, 921, 922, 923,
                924, 925, 926, 927, 928, 933, 934, 936, 937, 942, 955, 957, 979, 1008, 1031, 1418, 1430, 1735, 2289,
                4043, 6550);
        // resource busy (00054), deadlock (00060), cannot serialize (08177), snapshot too old (01555),
        // cancel (01013), logon refused (01017), sessions and processes exhausted (00018, 00020), package
        // state discarded (04068), lock wait timeout (30006), and the disconnect codes
        put(Kind.OPERATIONAL, 18, 20, 54, 60, 1013, 1017, 1555, 4068, 8177, 12154, 12170, 12505, 12516, 12519, 12520,
                12528, 12541, 12545, 30006);
        DISCONNECT_CODES.forEach(code -> KINDS.put(code, Kind.OPERATIONAL));
        // 03001 unimplemented feature
        put(Kind.NOT_SUPPORTED, 3001);
    }

    private OracleErrors() {
    }

    private static void put(Kind kind, int... codes) {
        for (int code : codes) {
            KINDS.put(code, kind);
        }
    }

    /**
     * Classifies by error code.
     *
     * @param e the exception
     * @return the kind, or {@code null} when the code does not decide it
     */
    static Kind classify(SQLException e) {
        return KINDS.get(e.getErrorCode());
    }

    /**
     * Tells whether an exception, or one in its cause chain, means the session is gone: a disconnect code,
     * or a {@link SQLRecoverableException}, which ojdbc raises when the connection must be replaced.
     *
     * @param e the exception
     * @return whether the connection is gone
     */
    static boolean isDisconnect(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException s && DISCONNECT_CODES.contains(s.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
