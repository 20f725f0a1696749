"""The benchmark groups of the suite: what bench/run measures and how bench/report.py lays it out.

A group is one table of the report: one JMH benchmark method, at one thread count, with fixed parameters,
every contender measured in the same JMH invocation. Ratios are against the group's reference contender; a
group without a reference (the compile table) shows figures only. A row is a value of the benchmark's
`contender` parameter, which for the compile table names a variant (cold, cache hit) rather than a library.
The benchmark's own mode decides the unit (throughput, or average time for the compile table).
"""

# contender id -> name shown in the report
NAMES = {
    'athanor': 'Athanor',
    'athanorText': 'Athanor text',
    'athanorExpr': 'Athanor expression',
    'athanorDefault': 'Athanor, default pool size (5)',
    'hikari': 'HikariCP',
    'dbcp2': 'Apache DBCP2',
    'jdbc': 'raw JDBC (HikariCP)',
    'jdbi': 'JDBI 3',
    'jooq': 'jOOQ',
    'cold': 'Athanor, cold (cache bypassed: full compile)',
    'cacheHit': 'Athanor, statement-cache hit (same statement object)',
    'cacheHitNew': 'Athanor, statement-cache hit (new equivalent statement each time)',
}

DB_NAMES = {'sqlite': 'SQLite (in memory)', 'postgresql': 'PostgreSQL (loopback)'}


def _group(key, title, benchmark, contenders, reference, threads=1, params=None, what='', names=None,
           pending=None, warmup=None):
    return {
        'warmup': warmup,
        'names': names or {},
        'pending': pending or {},
        'key': key,
        'title': title,
        'benchmark': benchmark,
        'contenders': contenders,
        'reference': reference,
        'threads': threads,
        'params': params or {},
        'what': what,
    }


def groups():
    """Returns every group, in report order."""
    out = []
    cycles = 'org.athanor.bench.cycle.StubCycles.'
    # The stub cycles run millions of operations a second through a deep call tree; with 8 threads on 2
    # cores the JIT's compiler threads get a small share of the CPU, and Athanor's path took 2-5 s to
    # reach its steady state (HikariCP's shorter path under 1 s): measured iteration by iteration with
    # `-wi 0 -i 20 -r 500ms`; at 1 thread it took about 2 s. Every contender of a table gets the same warm-up.
    def stub_warmup(threads):
        return (6, 0.8) if threads > 1 else (3, 0.8)
    for t in (1, 8):
        out.append(_group('pool-%dt' % t, 'Pool cycle, stub driver, %d thread%s' % (t, 's' if t > 1 else ''),
                          cycles + 'poolCycle', ['athanor', 'hikari', 'dbcp2'], 'hikari', t,
                          what='check a connection out and return it', warmup=stub_warmup(t)))
    for t in (1, 8):
        # at 8 threads also Athanor with its default pool size of 5 (SQLAlchemy's), below the thread count
        out.append(_group('statement-%dt' % t,
                          'Statement cycle, stub driver, %d thread%s' % (t, 's' if t > 1 else ''),
                          cycles + 'statementCycle',
                          ['athanor', 'athanorDefault', 'hikari'] if t > 1 else ['athanor', 'hikari'], 'hikari', t,
                          what='check out, prepare, execute (one parameter), close, return; '
                               'Athanor: connection.execute(text, 1)', warmup=stub_warmup(t)))
    for t in (1, 8):
        out.append(_group('transaction-%dt' % t,
                          'Transaction cycle, stub driver, %d thread%s' % (t, 's' if t > 1 else ''),
                          cycles + 'transactionCycle', ['athanor', 'hikari'], 'hikari', t,
                          what='check out, begin, one statement, commit, return', warmup=stub_warmup(t)))
    db = 'org.athanor.bench.db.DbBenchmarks.'
    # the server makes concurrency matter for PostgreSQL; SQLite in memory serializes on its own locks
    for kind, t in (('sqlite', 1), ('postgresql', 1), ('postgresql', 8)):
        out.append(_group('select-' + kind + ('-8t' if t > 1 else ''),
                          'One-row select by primary key, ' + DB_NAMES[kind] + (', 8 threads' if t > 1 else ''),
                          db + 'selectOne', ['athanor', 'athanorExpr', 'jdbc', 'jdbi', 'jooq'], 'jdbc', t,
                          {'db': kind},
                          what='check out, select one row of 5 columns by primary key, read it, return; Athanor '
                               'text: connection.execute(sql, id); Athanor expression: the same select built once '
                               'with the SQL expression language, executed with the id as a bind parameter '
                               '(compiled-statement cache warm)',
                          names={'athanor': 'Athanor text'}, warmup=(5, 0.8) if t > 1 else None))
    for kind in ('sqlite', 'postgresql'):
        out.append(_group('fetch-' + kind, 'Fetch 10,000 rows of 5 mixed columns, ' + DB_NAMES[kind],
                          db + 'fetch10k', ['athanor', 'jdbc', 'jdbi', 'jooq'], 'jdbc', 1, {'db': kind},
                          what='check out, select all 10,000 rows, read every column, return'))
    for kind in ('sqlite', 'postgresql'):
        out.append(_group('insert-' + kind, 'Insert 10,000 rows as one many-row execute, ' + DB_NAMES[kind],
                          db + 'insert10k', ['athanor', 'jdbc', 'jdbi', 'jooq'], 'jdbc', 1, {'db': kind},
                          what='check out, begin, one batch of 10,000 rows, commit, return'))
    out.append(_group('compile', 'Compile a 3-table join select with where / order by / limit',
                      'org.athanor.bench.compile.CompileBenchmarks.compile', ['cold', 'cacheHit', 'cacheHitNew'], None, 1,
                      what='Athanor only, PostgreSQL dialect, average time per compile (lower is better). Cold: '
                           'a full compile, of a new equivalent statement each time with the no_cache option '
                           '(cache key walk, compiler, values; the statement cache is not consulted). Cache hit: '
                           'the lookup connection.execute does for a statement built once (its memoized cache '
                           'key found in the cache, paired with its values). Cache hit, new statement: the same '
                           'lookup for a statement rebuilt every time (the cache key is built by walking it)'))
    return out


def probe_key(benchmark, params):
    """The key under which the probe reports a (benchmark, params) pair."""
    short = '.'.join(benchmark.split('.')[-2:])
    return short + '|' + ','.join('%s=%s' % (k, params[k]) for k in sorted(params))
