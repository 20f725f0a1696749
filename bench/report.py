#!/usr/bin/env python3
"""Builds bench/results/latest.md from a run's raw results (JMH JSON, the probe, pgbench, run metadata).

    python3 bench/report.py [results folder]      # rewrites <folder>/latest.md from <folder>/raw/

Figures: the median of the measurement iterations of all forks and JMH's error (the 99.9% confidence
half-interval of the mean), computed here (stats.py) because each fork is a JMH invocation of its own. The ratio to the reference is of medians; its range divides the extreme ends of the two error
bars, and a range that contains 1.0 is reported as a tie.
"""
import glob
import json
import os
import platform
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import groups as G  # noqa: E402
import stats  # noqa: E402
import targets  # noqa: E402

PEERS = [('HikariCP', r'/HikariCP-([\d.]+)\.jar'), ('DBCP2', r'/commons-dbcp2-([\d.]+)\.jar'),
         ('JDBI', r'/jdbi3-core-([\d.]+)\.jar'), ('jOOQ', r'/jooq-([\d.]+)\.jar'),
         ('sqlite-jdbc', r'/sqlite-jdbc-([\d.]+)\.jar'), ('PostgreSQL JDBC', r'/postgresql-([\d.]+)\.jar'),
         ('JMH', r'/jmh-core-([\d.]+)\.jar')]


def load(folder):
    """Reads a run's raw results: (meta, probe checks by key, JMH entries by group key)."""
    raw = os.path.join(folder, 'raw')
    with open(os.path.join(raw, 'meta.json')) as f:
        meta = json.load(f)
    with open(os.path.join(raw, 'probe.json')) as f:
        probe = {G.probe_key(c['benchmark'], c['params']): c for c in json.load(f)['checks']}
    results = {}
    for g in G.groups():
        entries = []
        for path in sorted(glob.glob(os.path.join(raw, g['key'] + '.r*.json'))):
            if os.path.getsize(path) > 0:
                with open(path) as f:
                    entries += json.load(f)
        if entries:
            results[g['key']] = merge(entries)
    return meta, probe, results


def _merged_metric(metrics):
    samples = [x for m in metrics for fork in m['rawData'] for x in fork]
    med, mean, err = stats.summarize(samples)
    return {'score': mean, 'scoreError': err, 'scorePercentiles': {'50.0': med}, 'scoreUnit': metrics[0]['scoreUnit'],
            'rawData': [fork for m in metrics for fork in m['rawData']]}


def merge(entries):
    """Merges the forks of each contender, run as separate JMH invocations, into one entry per contender
    whose figures are computed over all their iterations as JMH would for one invocation."""
    by = {}
    for e in entries:
        by.setdefault(e['params']['contender'], []).append(e)
    out = []
    for forks in by.values():
        m = dict(forks[0])
        m['forks'] = len(forks)
        m['primaryMetric'] = _merged_metric([e['primaryMetric'] for e in forks])
        sec = {}
        for name in ('gc.alloc.rate.norm',):
            ms = [e.get('secondaryMetrics', {}).get(name) or e.get('secondaryMetrics', {}).get('\u00b7' + name)
                  for e in forks]
            if all(ms):
                sec[name] = _merged_metric(ms)
        m['secondaryMetrics'] = sec
        out.append(m)
    return out


def metric(entry, name=None):
    """Returns (median, error, unit) of the primary metric, or of a secondary one such as gc.alloc.rate.norm."""
    m = entry['primaryMetric']
    if name:
        sec = entry.get('secondaryMetrics', {})
        m = sec.get(name) or sec.get('\u00b7' + name)
        if m is None:
            return None
    median = m.get('scorePercentiles', {}).get('50.0', m['score'])
    err = m.get('scoreError')
    if err is None or err != err:  # NaN when there is a single sample
        err = 0.0
    return median, err, m['scoreUnit']


def ratio(c, r):
    """Ratio of medians c/r with its range from the error bars: (ratio, lo, hi), or None.

    >>> ratio((12.0, 1.0), (10.0, 1.0))
    (1.2, 1.0, 1.4444444444444444)
    >>> verdict(ratio((12.0, 0.5), (10.0, 0.5)))
    'faster'
    >>> verdict(ratio((12.0, 1.5), (10.0, 1.0)))
    'tie'
    >>> ratio((1.0, 0.1), (0.0, 0.0)) is None
    True
    """
    (mc, ec), (mr, er) = c, r
    if mr <= 0:
        return None
    lo = max(0.0, (mc - ec) / (mr + er))
    hi = (mc + ec) / (mr - er) if mr - er > 0 else float('inf')
    return mc / mr, lo, hi


def fmt(x):
    if x is None:
        return ''
    if x == 0:
        return '0'
    a = abs(x)
    if a >= 1000:
        return '{:,.0f}'.format(x)
    if a >= 100:
        return '%.0f' % x
    if a >= 10:
        return '%.1f' % x
    if a >= 1:
        return '%.2f' % x
    return '%.3g' % x


def verdict(rt, higher_is_better=True):
    if rt is None:
        return ''
    r, lo, hi = rt
    if lo <= 1.0 <= hi:
        return 'tie'
    faster = r > 1.0 if higher_is_better else r < 1.0
    return ('faster' if faster else 'slower') if higher_is_better else ('less' if faster else 'more')


def ratio_cell(rt):
    if rt is None:
        return ''
    r, lo, hi = rt
    return '%.2f× (%.2f–%s)' % (r, lo, '∞' if hi == float('inf') else '%.2f' % hi)


def by_contender(entries):
    return {e['params']['contender']: e for e in entries}


def table(g, entries, skipped, settings=None, warmup=None):
    """One group's table, with its notes."""
    names = dict(G.NAMES, **g['names'])
    ref = g['reference']
    got = by_contender(entries)
    what = g['what'][0].upper() + g['what'][1:] + '.'
    if settings and warmup and (warmup[0], warmup[1]) != (settings['wi'], settings['w']):
        what += ' Warm-up: %d iterations of %gs per fork, for every contender.' % (warmup[0], warmup[1])
    lines = ['### ' + g['title'], '', what, '']
    if not got:
        lines.append('_No results._')
    elif ref is None:
        # no reference (the compile table): figures only
        unit = metric(next(iter(got.values())))[2].replace('/us', '/µs').replace('us/', 'µs/')
        lines.append('| contender | %s (median) | ± error | B/op |' % unit)
        lines.append('|---|---:|---:|---:|')
        for c in g['contenders']:
            e = got.get(c)
            if e is None:
                continue
            s = metric(e)
            a = metric(e, 'gc.alloc.rate.norm')
            lines.append('| %s | %s | %s | %s |' % (names.get(c, c), fmt(s[0]), fmt(s[1]), fmt(a[0]) if a else ''))
    else:
        unit = metric(next(iter(got.values())))[2].replace('/us', '/µs')
        ref_e = got.get(ref)
        ref_s = metric(ref_e)[:2] if ref_e else None
        ref_a = metric(ref_e, 'gc.alloc.rate.norm') if ref_e else None
        lines.append('| contender | %s (median) | ± error | vs %s | | B/op | B/op vs %s |'
                     % (unit, names.get(ref, ref), names.get(ref, ref)))
        lines.append('|---|---:|---:|---:|---|---:|---:|')
        for c in g['contenders']:
            e = got.get(c)
            if e is None:
                continue
            s = metric(e)
            a = metric(e, 'gc.alloc.rate.norm')
            if c == ref:
                rc, vc, ac = 'reference', '', ''
            else:
                rt = ratio(s[:2], ref_s) if ref_s else None
                rc, vc = ratio_cell(rt), verdict(rt)
                at = ratio(a[:2], ref_a[:2]) if a and ref_a and ref_a[0] > 0.5 else None
                ac = '%.2f×' % at[0] if at else ''
            lines.append('| %s | %s | %s | %s | %s | %s | %s |' % (
                names.get(c, c), fmt(s[0]), fmt(s[1]), rc, vc, fmt(a[0]) if a else '', ac))
    notes = []
    for c in g['contenders'] + [k for k in skipped if k not in g['contenders']]:
        if c in got:
            continue
        why = skipped.get(c, 'no result: the JMH run failed (see raw/jmh.log)')
        notes.append('- %s: %s' % (names.get(c, c), why))
    if notes:
        lines += ['', 'Not measured:'] + notes
    return '\n'.join(lines) + '\n'


def calls_table(title, checks):
    """Driver calls per operation, one column per contender."""
    cols = [(G.NAMES.get(c['params']['contender'], c['params']['contender']), c) for c in checks]
    methods = sorted({m for _, c in cols for m in c['driverCallsPerOp']})
    lines = ['#### ' + title, '', '| driver call | ' + ' | '.join(n for n, _ in cols) + ' |',
             '|---|' + '---:|' * len(cols)]
    for m in methods:
        lines.append('| %s | %s |' % (m, ' | '.join(fmt(c['driverCallsPerOp'].get(m, 0)) if c['ok'] else '—'
                                                     for _, c in cols)))
    lines.append('| **total** | %s |' % ' | '.join(
        '**%s**' % fmt(sum(c['driverCallsPerOp'].values())) if c['ok'] else '—' for _, c in cols))
    missing = ['- %s: %s' % (n, c['reason']) for n, c in cols if not c['ok']]
    if missing:
        lines += ['', 'Not counted:'] + missing
    return '\n'.join(lines) + '\n'


def machine(meta, results):
    cpu = ''
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    cpu = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ''
    try:
        with open('/proc/meminfo') as f:
            mem = '%.0f GB' % (int(f.readline().split()[1]) / 1024 / 1024)
    except (OSError, ValueError, IndexError):
        pass
    jdk = ''
    for entries in results.values():
        if entries:
            e = entries[0]
            jdk = '%s %s (%s)' % (e.get('vmName', ''), e.get('jdkVersion', ''), e.get('vmVersion', ''))
            break
    return cpu, os.cpu_count(), mem, jdk, '%s %s' % (platform.system(), platform.release())


def versions(classpath):
    out = []
    for name, pattern in PEERS:
        m = re.search(pattern, classpath)
        if m:
            out.append('%s %s' % (name, m.group(1)))
    return ', '.join(out)


def build(folder):
    meta, probe, results = load(folder)
    s = meta['settings']
    cpu, cores, mem, jdk, osname = machine(meta, results)
    plan = {p['group']: p for p in meta['plan']}
    out = ['# Athanor benchmarks: latest results', '',
           'Written by `bench/run%s` on %s (%d s), Athanor at commit %s. Every contender of a table was '
           'measured in the same run.'
           % (' --quick' if meta['mode'] == 'quick' else '', meta['started'], meta['seconds'],
              meta.get('commit', 'unknown')), '']
    if meta['mode'] == 'quick':
        out += ['> **Quick mode**: one fork and short iterations, for checking that the suite runs. The '
                'figures are rough; do not quote them.', '']
    out += ['## Machine and settings', '',
            '- CPU: %s, %d cores; memory %s; %s' % (cpu or 'unknown', cores, mem, osname),
            '- JDK: %s; JVM options %s' % (jdk or 'unknown', ' '.join(meta['jvmArgs'])),
            '- JMH: %d fork%s × (%d warm-up iteration%s of %gs + %d measured iteration%s of %gs) per contender,'
            ' the forks of a table\'s contenders alternating (one JMH invocation per round); throughput mode'
            ' (average time for the compile table);'
            ' `-prof gc` for bytes allocated per operation (gc.alloc.rate.norm); a table that warms up'
            ' longer says so'
            % (s['forks'], 's' if s['forks'] > 1 else '', s['wi'], 's' if s['wi'] > 1 else '', s['w'], s['i'],
               's' if s['i'] > 1 else '', s['r']),
            '- Load average before / after the run: %s / %s' % (
                ', '.join('%.2f' % x for x in meta['loadBefore']), ', '.join('%.2f' % x for x in meta['loadAfter'])),
            '- Peers: %s' % versions(meta['classpath']),
            '',
            '## How to read the tables', '',
            'Throughput is the median of all measured iterations (higher is better; the compile table gives the '
            'median time per operation instead, lower is better); the error is JMH\'s 99.9% '
            'confidence half-interval. "vs" is the ratio of medians to the reference contender, with in '
            'brackets the range the error bars allow; a range containing 1.00 is a **tie**, not a win or a '
            'loss. B/op is bytes allocated per operation (lower is better). The stub driver does nothing, so '
            'the stub tables measure only the pool or library; driver calls per operation were counted by the '
            'stub in a separate, single-threaded probe run.', '']
    tgt = targets.check(results, probe)
    if tgt:
        out += ['## Targets (issue 6)', '', '| target | measured | status |', '|---|---|---|']
        out += ['| %s | %s | %s |' % t for t in tgt]
        out.append('')
    out += ['## Results', '']
    for g in G.groups():
        p = plan.get(g['key'])
        if p is None and g['benchmark'] is not None:
            continue
        skipped = dict(g['pending'], **(p['skipped'] if p else {}))
        out.append(table(g, results.get(g['key'], []), skipped, s, p.get('warmup') if p else None))
    out += ['## Driver calls per operation (stub driver)', '']
    for method, title in (('poolCycle', 'Pool cycle'), ('statementCycle', 'Statement cycle'),
                          ('transactionCycle', 'Transaction cycle')):
        checks = [c for c in probe.values() if c['benchmark'] == 'StubCycles.' + method]
        if checks:
            out.append(calls_table(title, checks))
    pg = meta.get('pgbench')
    out += ['## PostgreSQL server ceiling (pgbench)', '']
    if pg is None:
        out.append('Not measured in this run.')
    elif 'note' in pg:
        out.append('Not measured: %s' % pg['note'])
    else:
        r = pg['results']
        out.append('`pgbench -S -M prepared` (one-row primary-key select, prepared) on PostgreSQL %s over TCP to '
                   '127.0.0.1, %d s per run:' % (r.get('version', '?'), pg['seconds']))
        out.append('')
        for n in ('1', '8'):
            if n in r:
                out.append('- %s client%s: %s selects/s (average latency %.3f ms)'
                           % (n, '' if n == '1' else 's', fmt(r[n]['tps']), r[n]['latencyMs']))
        out.append('')
        out.append('Compare the 1-client figure with the one-row select on PostgreSQL above: pgbench speaks '
                   'the protocol from C, with no pool and no checkout per statement.')
    out.append('')
    return '\n'.join(out)


if __name__ == '__main__':
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                'results')
    text = build(folder)
    with open(os.path.join(folder, 'latest.md'), 'w') as f:
        f.write(text)
    print('wrote', os.path.join(folder, 'latest.md'))
