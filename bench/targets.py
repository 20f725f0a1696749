"""Issue 6's targets, checked against a run's results for the report.

A "at least X times" target is met when the low end of the ratio's range (from the error bars) reaches X,
missed when even the high end stays below X, and otherwise undecided ("within error"): the run cannot
tell, and more forks or iterations (or a quieter machine) are needed. An "under N" target on a time per
operation (the compile cache hit) is met when the top of the error bar is under N, missed when its bottom is
not, and otherwise within error.
"""
import report as R


def _entry(results, key, contender):
    for e in results.get(key, []):
        if e['params']['contender'] == contender:
            return e
    return None


def _ratio(results, key, a, b, alloc=False):
    ea, eb = _entry(results, key, a), _entry(results, key, b)
    if ea is None or eb is None:
        return None
    name = 'gc.alloc.rate.norm' if alloc else None
    ma, mb = R.metric(ea, name), R.metric(eb, name)
    if ma is None or mb is None:
        return None
    return R.ratio(ma[:2], mb[:2]), ma, mb


def _at_least(rt, x):
    r, lo, hi = rt
    if lo >= x:
        return 'met'
    if hi < x:
        return '**missed**'
    return 'within error'


def _speed(rows, results, key, a, b, x, label):
    if key not in results:
        return
    got = _ratio(results, key, a, b)
    if got is None:
        rows.append((label, '—', 'no data'))
        return
    rt = got[0]
    rows.append((label, R.ratio_cell(rt), _at_least(rt, x)))


def _alloc(rows, results, key, a, b, factor, label, strict=False):
    if key not in results:
        return
    got = _ratio(results, key, a, b, alloc=True)
    if got is None:
        rows.append((label, '—', 'no data'))
        return
    _, ma, mb = got
    slack = ma[1] + mb[1] + 1.0  # bytes: JMH's error bars plus rounding
    limit = mb[0] * factor
    if strict:
        status = 'met' if ma[0] + slack < limit else '**missed**' if ma[0] - slack > limit else 'within error'
    else:
        status = 'met' if ma[0] <= limit + slack else '**missed**'
    rows.append((label, '%s B vs %s B' % (R.fmt(ma[0]), R.fmt(mb[0])), status))


NANOS = {'ns/op': 1.0, 'us/op': 1e3, 'µs/op': 1e3, 'ms/op': 1e6, 's/op': 1e9}


def _time_status(median, err, limit):
    """Status of an "under limit" target on a time per operation: met when the top of the error bar is
    below the limit, missed when even its bottom is not, otherwise undecided.

    >>> _time_status(400.0, 20.0, 1000.0)
    'met'
    >>> _time_status(990.0, 30.0, 1000.0)
    'within error'
    >>> _time_status(1100.0, 30.0, 1000.0)
    '**missed**'
    """
    if median + err < limit:
        return 'met'
    if median - err >= limit:
        return '**missed**'
    return 'within error'


def _under(rows, results, key, contender, limit_ns, label, informative=False):
    """An average-time target: the contender's time per operation under limit_ns nanoseconds (informative: a
    figure shown beside a target, not one of the issue's targets, so it is never marked met or missed)."""
    if key not in results:
        return
    e = _entry(results, key, contender)
    m = R.metric(e) if e else None
    if m is None or m[2] not in NANOS:
        rows.append((label, '—', 'no data'))
        return
    med, err = m[0] * NANOS[m[2]], m[1] * NANOS[m[2]]
    status = 'informative, not a target' if informative else _time_status(med, err, limit_ns)
    rows.append((label, '%s ± %s ns' % (R.fmt(med), R.fmt(err)), status))


def _calls(rows, probe, method, label):
    checks = {c['params']['contender']: c for c in (probe or {}).values()
              if c['benchmark'] == 'StubCycles.' + method}
    a, h = checks.get('athanor'), checks.get('hikari')
    if not a or not h or not a['ok'] or not h['ok']:
        rows.append((label, '—', 'no data'))
        return
    ta, th = sum(a['driverCallsPerOp'].values()), sum(h['driverCallsPerOp'].values())
    rows.append((label, '%s vs %s calls' % (R.fmt(ta), R.fmt(th)), 'met' if ta <= th + 1e-9 else '**missed**'))


def check(results, probe=None):
    """Returns (target, measured, status) rows for the targets that have data or are pending."""
    rows = []
    if not results:
        return rows
    for t in (1, 8):
        _speed(rows, results, 'pool-%dt' % t, 'athanor', 'hikari', 1.0,
               'Pool cycle ≥ 1.0× HikariCP, %d thread%s' % (t, 's' if t > 1 else ''))
        _speed(rows, results, 'pool-%dt' % t, 'athanor', 'dbcp2', 3.0,
               'Pool cycle ≥ 3× DBCP2, %d thread%s' % (t, 's' if t > 1 else ''))
    _alloc(rows, results, 'pool-1t', 'athanor', 'hikari', 1.0, 'Pool cycle allocates no more than HikariCP')
    for method, label in (('poolCycle', 'pool'), ('statementCycle', 'statement'),
                          ('transactionCycle', 'transaction')):
        _calls(rows, probe, method, 'Driver calls per %s cycle ≤ HikariCP\'s' % label)
    for t in (1, 8):
        _speed(rows, results, 'statement-%dt' % t, 'athanor', 'hikari', 0.90,
               'Statement cycle ≥ 0.90× HikariCP + raw JDBC, %d thread%s' % (t, 's' if t > 1 else ''))
    for t in (1, 8):
        _speed(rows, results, 'transaction-%dt' % t, 'athanor', 'hikari', 0.90,
               'Transaction cycle ≥ 0.90× HikariCP + raw JDBC, %d thread%s (the statement cycle\'s target, '
               'applied here too)' % (t, 's' if t > 1 else ''))
    for key, kind, threads in (('select-sqlite', 'sqlite', 1), ('select-postgresql', 'postgresql', 1),
                               ('select-postgresql-8t', 'postgresql', 8)):
        name = R.G.DB_NAMES[kind] + (', %d threads' % threads if threads > 1 else '')
        for a, who in (('athanor', 'Athanor text'), ('athanorExpr', 'Athanor expression')):
            _speed(rows, results, key, a, 'jdbc', 0.95 if kind == 'postgresql' else 0.90,
                   'One-row select (%s) ≥ %s raw JDBC, %s'
                   % (who, '0.95×' if kind == 'postgresql' else '0.90×', name))
            for peer in ('jdbi', 'jooq'):
                _speed(rows, results, key, a, peer, 1.0,
                       'One-row select (%s) ahead of %s, %s' % (who, R.G.NAMES[peer], name))
            _alloc(rows, results, key, a, 'jdbc', 2.0,
                   'One-row select (%s) allocates ≤ 2× raw JDBC, %s' % (who, name))
            for peer in ('jdbi', 'jooq'):
                _alloc(rows, results, key, a, peer, 1.0,
                       'One-row select (%s) allocates less than %s, %s' % (who, R.G.NAMES[peer], name),
                       strict=True)
    for kind in ('sqlite', 'postgresql'):
        name = R.G.DB_NAMES[kind]
        for bench, label in (('fetch', 'Fetch 10,000 rows'), ('insert', 'Insert 10,000 rows')):
            _speed(rows, results, bench + '-' + kind, 'athanor', 'jdbc', 0.90,
                   '%s ≥ 0.90× raw JDBC, %s' % (label, name))
            for peer in ('jdbi', 'jooq'):
                _speed(rows, results, bench + '-' + kind, 'athanor', peer, 1.0,
                       '%s ahead of %s, %s' % (label, R.G.NAMES[peer], name))
    for key in ('select-sqlite', 'select-postgresql', 'select-postgresql-8t'):
        g = next(g for g in R.G.groups() if g['key'] == key)
        _speed(rows, results, key, 'athanorExpr', 'athanor', 0.95,
               'Expression-built select ≥ 0.95× the same statement as text, %s%s'
               % (R.G.DB_NAMES[g['params']['db']], ', %d threads' % g['threads'] if g['threads'] > 1 else ''))
    _under(rows, results, 'compile', 'cacheHit', 1000.0,
           'Compile cache hit < 1 µs (3-table join, PostgreSQL; statement built once)')
    _under(rows, results, 'compile', 'cacheHitNew', 1000.0,
           'Compile cache hit, new equivalent statement each time (the cache key is rebuilt by walking it)',
           informative=True)
    return rows
