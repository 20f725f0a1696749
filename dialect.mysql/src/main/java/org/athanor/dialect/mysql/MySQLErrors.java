package org.athanor.dialect.mysql;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.athanor.dialect.ErrorClassifier.Kind;

/**
 * MySQL and MariaDB vendor error codes: which mean a dead connection, and how the others classify where the
 * SQLState is missing or too coarse (MySQL reports {@code HY000} for most errors). The grouping follows the
 * DB-API drivers SQLAlchemy uses (PyMySQL, mysqlclient), with a few codes placed where PostgreSQL's
 * equivalent lands. Stateless and thread-safe. Not public API.
 */
final class MySQLErrors {

    /**
     * Codes after which the connection is gone: SQLAlchemy's list (2006 server has gone away, 2013 lost
     * connection during query, 2014 commands out of sync, 2045, 2055 lost connection at system error, 4031
     * disconnected for inactivity in MySQL 8.0.24+, 1927 MariaDB's "connection was killed") plus 1053, the
     * server shutting down.
     */
    static final Set<Integer> DISCONNECT_CODES = Set.of(1053, 1927, 2006, 2013, 2014, 2045, 2055, 4031);

    private static final Map<Integer, Kind> KINDS = new HashMap<>();

    static {
        put(Kind.INTEGRITY, 1022, 1048, 1062, 1169, 1215, 1216, 1217, 1364, 1451, 1452, 1557, 1586, 1761, 1762,
                3819, 4025);
        put(Kind.DATA, 1171, 1263, 1264, 1265, 1292, 1365, 1366, 1367, 1406, 1411, 1441, 1690, 3140);
        put(Kind.PROGRAMMING, 1046, 1050, 1051, 1052, 1054, 1059, 1060, 1061, 1064, 1065, 1068, 1072, 1075, 1091,
                1102, 1103, 1109, 1110, 1111, 1113, 1136, 1146, 1149, 1166, 1305, 1327);
        put(Kind.OPERATIONAL, 1040, 1044, 1045, 1049, 1053, 1142, 1143, 1152, 1153, 1159, 1160, 1161, 1203, 1205,
                1213, 1226, 1290, 1317, 1927, 1969, 2002, 2003, 2005, 2006, 2013, 2014, 2045, 2055, 3024, 4031);
        put(Kind.NOT_SUPPORTED, 1178, 1196, 1235, 1286, 1289);
    }

    private MySQLErrors() {
    }

    private static void put(Kind kind, int... codes) {
        for (int code : codes) {
            KINDS.put(code, kind);
        }
    }

    /**
     * Classifies by vendor code.
     *
     * @param e the exception
     * @return the kind, or {@code null} when the code does not decide it
     */
    static Kind classify(SQLException e) {
        return KINDS.get(e.getErrorCode());
    }

    /**
     * Tells whether an exception, or one in its cause chain, carries a disconnect code.
     *
     * @param e the exception
     * @return whether the connection is gone
     */
    static boolean hasDisconnectCode(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && DISCONNECT_CODES.contains(s.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
