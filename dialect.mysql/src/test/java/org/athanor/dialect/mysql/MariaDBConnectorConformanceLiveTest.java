package org.athanor.dialect.mysql;

import org.athanor.testing.suite.ConformanceSuite;
import org.athanor.testing.suite.TestDatabase;

/** The dialect conformance suite on the live server through MariaDB Connector/J ({@code mysql+mariadb}). */
class MariaDBConnectorConformanceLiveTest extends ConformanceSuite {

    @Override
    protected TestDatabase database() {
        return MySQLConformance.database(new MariaDBConnectorDialect());
    }
}
