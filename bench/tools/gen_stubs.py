#!/usr/bin/env python3
"""Writes the stub JDBC classes of the bench module from the java.sql interfaces (javap).

The stubs do nothing: every method counts itself in DriverCalls and returns a neutral value, except the
few whose behaviour a pool or library relies on (the BODIES below). Run it again after changing BODIES:
    python3 bench/tools/gen_stubs.py
"""
import os
import re
import subprocess

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'main', 'java', 'org', 'athanor',
                   'bench', 'stub')

WRAPPER = {
    'unwrap': ('    @Override\n    public <T> T unwrap(Class<T> iface) throws SQLException {\n'
               '        DriverCalls.hit("{I}.unwrap");\n'
               '        if (iface.isInstance(this)) {\n            return iface.cast(this);\n        }\n'
               '        throw new SQLException("Not a wrapper for " + iface.getName());\n    }\n'),
    'isWrapperFor': ('    @Override\n    public boolean isWrapperFor(Class<?> iface) throws SQLException {\n'
                     '        DriverCalls.hit("{I}.isWrapperFor");\n        return iface.isInstance(this);\n    }\n'),
}

# method name (all overloads) -> body lines (after the DriverCalls.hit line)
BODIES = {
    'Connection': {
        'createStatement': ['return new StubStatement(this);'],
        'prepareStatement': ['return new StubPreparedStatement(this);'],
        'setAutoCommit': ['this.autoCommit = {0};'],
        'getAutoCommit': ['return autoCommit;'],
        'close': ['closed = true;'],
        'abort': ['closed = true;'],
        'isClosed': ['return closed;'],
        'isValid': ['return !closed;'],
        'getMetaData': ['return StubMetaData.database(this);'],
        'setReadOnly': ['this.readOnly = {0};'],
        'isReadOnly': ['return readOnly;'],
        'setCatalog': ['this.catalog = {0};'],
        'getCatalog': ['return catalog;'],
        'setSchema': ['this.schema = {0};'],
        'getSchema': ['return schema;'],
        'setTransactionIsolation': ['this.isolation = {0};'],
        'getTransactionIsolation': ['return isolation;'],
        'setHoldability': ['this.holdability = {0};'],
        'getHoldability': ['return holdability;'],
        'getTypeMap': ['return new java.util.HashMap<>();'],
        'getClientInfo': {'String': ['return null;'], '': ['return new Properties();']},
        'nativeSQL': ['return {0};'],
        'setSavepoint': ['return new StubSavepoint();'],
        'getNetworkTimeout': ['return networkTimeout;'],
        'setNetworkTimeout': ['this.networkTimeout = {1};'],
    },
    'Statement': {
        'executeQuery': ['return new StubResultSet(this);'],
        'executeUpdate': ['return 1;'],
        'execute': ['updateCount = 1;', 'return false;'],
        'getUpdateCount': ['return updateCount;'],
        'getMoreResults': ['updateCount = -1;', 'return false;'],
        'addBatch': ['batched++;'],
        'clearBatch': ['batched = 0;'],
        'executeBatch': ['int[] counts = new int[batched];', 'java.util.Arrays.fill(counts, 1);',
                         'batched = 0;', 'return counts;'],
        'getGeneratedKeys': ['return new StubResultSet(this);'],
        'getConnection': ['return connection;'],
        'close': ['closed = true;'],
        'isClosed': ['return closed;'],
        'setFetchSize': ['this.fetchSize = {0};'],
        'getFetchSize': ['return fetchSize;'],
        'setMaxRows': ['this.maxRows = {0};'],
        'getMaxRows': ['return maxRows;'],
        'setQueryTimeout': ['this.queryTimeout = {0};'],
        'getQueryTimeout': ['return queryTimeout;'],
        'getResultSetType': ['return ResultSet.TYPE_FORWARD_ONLY;'],
        'getResultSetConcurrency': ['return ResultSet.CONCUR_READ_ONLY;'],
        'getResultSetHoldability': ['return ResultSet.HOLD_CURSORS_OVER_COMMIT;'],
        'getFetchDirection': ['return ResultSet.FETCH_FORWARD;'],
    },
    'PreparedStatement': {
        'executeQuery': ['return new StubResultSet(this);'],
        'executeUpdate': ['return 1;'],
        'execute': ['updateCount = 1;', 'return false;'],
        'addBatch': ['batched++;'],
        'getMetaData': ['return StubResultSetMetaData.NO_COLUMNS;'],
    },
    'ResultSet': {
        'next': ['return false;'],
        'close': ['closed = true;'],
        'isClosed': ['return closed;'],
        'getStatement': ['return statement;'],
        'getMetaData': ['return StubResultSetMetaData.NO_COLUMNS;'],
        'getType': ['return ResultSet.TYPE_FORWARD_ONLY;'],
        'getConcurrency': ['return ResultSet.CONCUR_READ_ONLY;'],
        'getHoldability': ['return ResultSet.HOLD_CURSORS_OVER_COMMIT;'],
        'getFetchDirection': ['return ResultSet.FETCH_FORWARD;'],
        'isAfterLast': ['return true;'],
        'findColumn': ['throw new SQLException("The stub result set has no column " + {0});'],
    },
    'ResultSetMetaData': {},
}

HEADERS = {
    'Connection': ('StubConnection', 'implements Connection', '''/**
 * A driver connection that does nothing but count the calls made on it (see {@link DriverCalls}) and remember
 * the settings a pool may read back (auto-commit, isolation, read-only, catalog, schema), as the stub
 * connection of HikariCP's own benchmark does. Auto-commit starts on, as JDBC requires.
 *
 * <p>Generated by {@code bench/tools/gen_stubs.py}. Not thread-safe, like a real connection: one thread at a
 * time, which every pool guarantees.
 */''', '''    private boolean autoCommit = true;
    private boolean closed;
    private boolean readOnly;
    private int isolation = Connection.TRANSACTION_READ_COMMITTED;
    private int holdability = ResultSet.HOLD_CURSORS_OVER_COMMIT;
    private int networkTimeout;
    private String catalog;
    private String schema;

    /** Creates an open connection in auto-commit mode. */
    public StubConnection() {
    }
'''),
    'Statement': ('StubStatement', 'implements Statement', '''/**
 * A statement that does nothing but count the calls made on it (see {@link DriverCalls}): an update reports
 * one row changed, a batch one row per entry, a query an empty result.
 *
 * <p>Generated by {@code bench/tools/gen_stubs.py}. Not thread-safe.
 */''', '''    /** The connection this statement belongs to. */
    protected final StubConnection connection;
    /** The update count of the last execution, -1 after getMoreResults. */
    protected int updateCount = -1;
    /** The number of entries added to the batch. */
    protected int batched;
    private boolean closed;
    private int fetchSize;
    private int maxRows;
    private int queryTimeout;

    /**
     * Creates a statement.
     *
     * @param connection its connection
     */
    public StubStatement(StubConnection connection) {
        this.connection = connection;
    }
'''),
    'PreparedStatement': ('StubPreparedStatement', 'extends StubStatement implements PreparedStatement', '''/**
 * A prepared statement that does nothing but count the calls made on it (see {@link DriverCalls}); setting
 * a parameter stores nothing.
 *
 * <p>Generated by {@code bench/tools/gen_stubs.py}. Not thread-safe.
 */''', '''    /**
     * Creates a prepared statement.
     *
     * @param connection its connection
     */
    public StubPreparedStatement(StubConnection connection) {
        super(connection);
    }
'''),
    'ResultSet': ('StubResultSet', 'extends StubResultSetByLabel', '''/**
 * An empty result set (no rows, no columns) that counts the calls made on it (see {@link DriverCalls}).
 *
 * <p>Generated by {@code bench/tools/gen_stubs.py}. Not thread-safe.
 */''', '''    private final Statement statement;
    private boolean closed;

    /**
     * Creates an empty result.
     *
     * @param statement the statement it came from, or {@code null}
     */
    public StubResultSet(Statement statement) {
        this.statement = statement;
    }
'''),
    'ResultSetUpdates': ('StubResultSetUpdates', 'implements ResultSet', '''/**
 * The writing half of the stub result set: every update, insert and delete method counts itself (see
 * {@link DriverCalls}) and does nothing. Split from {@link StubResultSet} only to keep files short.
 *
 * <p>Generated by {@code bench/tools/gen_stubs.py}. Not thread-safe.
 */''', '''    /** For subclasses. */
    protected StubResultSetUpdates() {
    }
'''),
    'ResultSetByLabel': ('StubResultSetByLabel', 'extends StubResultSetUpdates', '''/**
 * The column-label getters of the stub result set: each counts itself (see {@link DriverCalls}) and returns
 * a neutral value. Split from {@link StubResultSet} only to keep files short.
 *
 * <p>Generated by {@code bench/tools/gen_stubs.py}. Not thread-safe.
 */''', '''    /** For subclasses. */
    protected StubResultSetByLabel() {
    }
'''),
    'ResultSetMetaData': ('StubResultSetMetaData', 'implements ResultSetMetaData', '''/**
 * Metadata of a result with no columns; counts the calls made on it (see {@link DriverCalls}).
 *
 * <p>Generated by {@code bench/tools/gen_stubs.py}. Immutable and thread-safe.
 */''', '''    /** The one instance. */
    public static final StubResultSetMetaData NO_COLUMNS = new StubResultSetMetaData();

    private StubResultSetMetaData() {
    }
'''),
}

UPDATE_METHODS = re.compile(r'^(update\w+|insertRow|updateRow|deleteRow|refreshRow|cancelRowUpdates|moveToInsertRow'
                            r'|moveToCurrentRow|rowUpdated|rowInserted|rowDeleted)$')


def methods(iface):
    out = subprocess.run(['javap', 'java.sql.' + iface], capture_output=True, text=True, check=True).stdout
    result = []
    for line in out.splitlines():
        line = line.strip()
        if not line.startswith('public abstract') or '(' not in line:
            continue
        m = re.match(r'public abstract (<[^>]+> )?(.+?) (\w+)\((.*)\)( throws .*)?;$', line)
        tparams, ret, name, params, throws = m.groups()
        params = [p.strip() for p in split_params(params)] if params.strip() else []
        result.append((tparams or '', ret, name, params, throws or ''))
    return result


def split_params(s):
    depth, cur, out = 0, '', []
    for ch in s:
        if ch == '<':
            depth += 1
        elif ch == '>':
            depth -= 1
        if ch == ',' and depth == 0:
            out.append(cur)
            cur = ''
        else:
            cur += ch
    out.append(cur)
    return out


def simple(t, imports):
    def repl(m):
        q = m.group(0)
        if q.startswith('java.lang.'):
            return q[len('java.lang.'):]
        imports.add(q)
        return q.rsplit('.', 1)[1]
    return re.sub(r'\b(?:java|javax)\.[a-z.]+\.[A-Z]\w*', repl, t)


def default_return(ret):
    if ret == 'void':
        return []
    if ret == 'boolean':
        return ['return false;']
    if ret in ('int', 'long', 'short', 'byte', 'float', 'double'):
        return ['return 0;']
    return ['return null;']


def render(iface, key, items, imports):
    out = []
    for tparams, ret, name, params, throws in items:
        if name in WRAPPER:
            out.append(WRAPPER[name].replace('{I}', iface))
            continue
        ptypes = [simple(p, imports) for p in params]
        names = ['a' + str(i) for i in range(len(ptypes))]
        sig = ', '.join(t + ' ' + n for t, n in zip(ptypes, names))
        r = simple(ret, imports)
        th = simple(throws, imports)
        body = BODIES.get(key, {}).get(name)
        if isinstance(body, dict):
            body = body.get(','.join(ptypes), body.get(''))
        if body is None:
            body = default_return(ret)
        body = [b.format(*names) if names else b for b in body]
        out.append('    @Override\n    public %s%s %s(%s)%s {\n' % (tparams, r, name, sig, th)
                   + '        DriverCalls.hit("%s.%s");\n' % (iface, name)
                   + ''.join('        %s\n' % b for b in body) + '    }\n')
    return out


def write(key, iface, items):
    cls, ext, doc, fields = HEADERS[key]
    imports = set()
    rendered = render(iface, key, items, imports)
    if key in ('Connection', 'Statement', 'ResultSetUpdates', 'ResultSetMetaData'):
        rendered += [WRAPPER['unwrap'].replace('{I}', iface), WRAPPER['isWrapperFor'].replace('{I}', iface)]
    imports.add('java.sql.SQLException')
    if key in ('Connection', 'Statement'):
        imports.add('java.sql.ResultSet')
    if key in ('ResultSet',):
        imports.add('java.sql.Statement')
    imports.add('java.sql.' + iface)
    imports.discard('java.sql.' + cls)
    src = 'package org.athanor.bench.stub;\n\n'
    src += ''.join('import %s;\n' % i for i in sorted(imports)) + '\n'
    src += doc + '\n'
    abstract = 'abstract ' if key in ('ResultSetUpdates', 'ResultSetByLabel') else ''
    if key in ('PreparedStatement', 'ResultSet', 'ResultSetByLabel', 'ResultSetUpdates'):
        src += '@SuppressWarnings("deprecation") // it implements every method, the deprecated ones too\n'
    src += 'public %sclass %s %s {\n' % (abstract, cls, ext) + fields + '\n' + '\n'.join(rendered) + '}\n'
    with open(os.path.join(OUT, cls + '.java'), 'w') as f:
        f.write(src)


def main():
    write('Connection', 'Connection', methods('Connection'))
    write('Statement', 'Statement', methods('Statement'))
    write('PreparedStatement', 'PreparedStatement', methods('PreparedStatement'))
    rs = methods('ResultSet')
    write('ResultSetUpdates', 'ResultSet', [m for m in rs if UPDATE_METHODS.match(m[2])])
    rest = [m for m in rs if not UPDATE_METHODS.match(m[2])]
    by_label = [m for m in rest if m[2].startswith('get') and m[3] and m[3][0] == 'java.lang.String']
    write('ResultSetByLabel', 'ResultSet', by_label)
    write('ResultSet', 'ResultSet', [m for m in rest if m not in by_label])
    write('ResultSetMetaData', 'ResultSetMetaData', methods('ResultSetMetaData'))


if __name__ == '__main__':
    main()
