package org.athanor.dialect.mysql;

import java.util.Map;

/**
 * MySQL dialects told which server they talk to without connecting, for compile-only tests of the kit (the
 * exact-SQL catalogue, version-dependent forms) against servers no test machine runs.
 *
 * <p>Thread-safe: each call makes a new dialect.
 */
public final class DescribedServer {
    /** A MySQL 8 server with the row alias of ON DUPLICATE KEY UPDATE and INTERSECT / EXCEPT. */
    public static final String MYSQL_8 = "8.0.36";
    /** The MariaDB of the test machine's generation, as MySQL Connector/J sees it. */
    public static final String MARIADB_10_11 = "5.5.5-10.11.6-MariaDB";

    private DescribedServer() {
    }

    /**
     * Makes the Connector/J dialect for a server.
     *
     * @param versionText the server's {@code VERSION()} text
     * @return the dialect, as after its first connection
     */
    public static ConnectorJDialect connectorJ(String versionText) {
        return connectorJ(versionText, Map.of());
    }

    /**
     * Makes the Connector/J dialect for a server, with dialect options (such as {@code mysql_engine}).
     *
     * @param versionText the server's {@code VERSION()} text
     * @param options the dialect options
     * @return the dialect, as after its first connection
     */
    public static ConnectorJDialect connectorJ(String versionText, Map<String, Object> options) {
        ConnectorJDialect d = new ConnectorJDialect();
        d.configure(options);
        d.useServer(versionText, "STRICT_TRANS_TABLES");
        return d;
    }
}
