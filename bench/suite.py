#!/usr/bin/env python3
"""Runs Athanor's benchmark suite (bench/run calls this after building) and writes bench/results/latest.md.

Steps: probe every contender (left out with a note if it fails: not implemented yet, database unreachable,
...), run JMH once per table with every available contender in that same run, optionally measure the
PostgreSQL server's own ceiling with pgbench, then build the report (bench/report.py).
"""
import argparse
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import groups as G  # noqa: E402
import report  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# forks, warmup iterations x time, measurement iterations x time (seconds)
SETTINGS = {
    'default': {'forks': 2, 'wi': 2, 'w': 0.8, 'i': 5, 'r': 0.8},
    'quick': {'forks': 1, 'wi': 1, 'w': 0.3, 'i': 3, 'r': 0.3, 'groupWarmups': False},
}
JVM_ARGS = ['-Xms1g', '-Xmx1g', '-XX:+UseParallelGC', '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn']
# seconds a fork spends outside its iterations (JVM starts, setup, teardown), for the time estimate
FORK_OVERHEAD = 2.5


def main():
    ap = argparse.ArgumentParser(prog='bench/run', description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--quick', action='store_true', help='smoke mode: 1 fork, short iterations (~2-3 min)')
    ap.add_argument('--only', default='', help='run only groups whose key contains this (e.g. pool, select)')
    ap.add_argument('--no-pgbench', action='store_true', help='skip the pgbench ceiling measurement')
    ap.add_argument('--classpath', required=True, help='class path of the bench module and its dependencies')
    ap.add_argument('--out', default=os.path.join(HERE, 'results'), help='results folder')
    ap.add_argument('--forks', type=int, help='override the number of forks')
    ap.add_argument('--iterations', type=int, help='override the number of measurement iterations')
    args = ap.parse_args()

    mode = 'quick' if args.quick else 'default'
    settings = dict(SETTINGS[mode])
    if args.forks:
        settings['forks'] = args.forks
    if args.iterations:
        settings['i'] = args.iterations
    raw = os.path.join(args.out, 'raw')
    if os.path.isdir(raw):
        shutil.rmtree(raw)
    os.makedirs(raw)
    started = time.time()
    load_before = os.getloadavg()

    selected = [g for g in G.groups() if args.only in g['key']]
    probe = run_probe(args.classpath, raw)
    plan = make_plan(selected, probe)
    estimate = sum(len(p['run']) * settings['forks'] * (
        warmup_of(p['group'], settings)[0] * warmup_of(p['group'], settings)[1] + settings['i'] * settings['r']
        + FORK_OVERHEAD) for p in plan)
    say('%d tables, %d contender runs, about %.0f s of JMH (%s settings)'
        % (len(plan), sum(len(p['run']) for p in plan), estimate, mode))

    log = os.path.join(raw, 'jmh.log')
    lock = os.path.join(tempfile.gettempdir(), 'jmh.lock')
    if jmh_lock_held(lock):
        sys.exit('bench/run: another JMH run holds %s; wait for it to finish (two runs on one machine would '
                 'measure each other)' % lock)
    for p in plan:
        if not p['run']:
            say('  %-20s nothing to run' % p['group']['key'])
            continue
        t0 = time.time()
        ok = True
        # one JMH invocation per fork, so the contenders' forks alternate (A1 B1 C1 A2 B2 C2): a slow
        # moment on a shared machine then falls on every contender alike; report.py merges the rounds
        for r in range(1, settings['forks'] + 1):
            result = os.path.join(raw, '%s.r%d.json' % (p['group']['key'], r))
            ok = run_jmh(args.classpath, p, settings, result, log) and ok
        say('  %-20s %-28s %5.0f s%s' % (p['group']['key'], ','.join(p['run']), time.time() - t0,
                                         '' if ok else '  (JMH reported errors: see %s)' % log))

    pg = None
    if not args.no_pgbench and any('postgresql' == p['group']['params'].get('db') for p in plan):
        pg = run_pgbench(raw, 2 if args.quick else 5)

    meta = {
        'mode': mode,
        'settings': settings,
        'jvmArgs': JVM_ARGS,
        'started': time.strftime('%Y-%m-%d %H:%M:%S %Z', time.localtime(started)),
        'seconds': round(time.time() - started),
        'loadBefore': load_before,
        'loadAfter': os.getloadavg(),
        'classpath': args.classpath,
        'pgbench': pg,
        'commit': git_commit(),
        'plan': [{'group': p['group']['key'], 'run': p['run'], 'skipped': p['skipped'],
                  'warmup': list(warmup_of(p['group'], settings))} for p in plan],
    }
    with open(os.path.join(raw, 'meta.json'), 'w') as f:
        json.dump(meta, f, indent=2)
    out = os.path.join(args.out, 'latest.md')
    with open(out, 'w') as f:
        f.write(report.build(args.out))
    say('wrote %s (%.0f s in all)' % (os.path.relpath(out), time.time() - started))


def git_commit():
    try:
        rev = subprocess.run(['git', '-C', HERE, 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(['git', '-C', HERE, 'status', '--porcelain', '--untracked-files=no', '--', ':/',
                                ':(exclude,top)bench/results'], capture_output=True, text=True,
                               check=True).stdout.strip()
        return rev + (' with uncommitted changes' if dirty else '')
    except (OSError, subprocess.CalledProcessError):
        return 'unknown'


def say(msg):
    print(msg, flush=True)


def java(classpath, *args):
    return ['java', '-cp', classpath] + list(args)


def run_probe(classpath, raw):
    say('probing contenders ...')
    out = os.path.join(raw, 'probe.json')
    cmd = java(classpath, '-Dathanor.bench.countDriverCalls=true', '-Dorg.slf4j.simpleLogger.defaultLogLevel=error',
               'org.athanor.bench.Probe', out)
    with open(os.path.join(raw, 'probe.log'), 'w') as logf:
        subprocess.run(cmd, stdout=logf, stderr=subprocess.STDOUT, check=False, timeout=1800)
    if not os.path.exists(out):
        sys.exit('The probe wrote no results; see %s' % os.path.join(raw, 'probe.log'))
    with open(out) as f:
        data = json.load(f)
    return {G.probe_key(c['benchmark'], c['params']): c for c in data['checks']}


def make_plan(selected, probe):
    plan = []
    for g in selected:
        run, skipped = [], dict(g['pending'])
        for c in g['contenders']:
            params = dict(g['params'], contender=c)
            check = probe.get(G.probe_key(g['benchmark'], params))
            if check is None:
                skipped[c] = 'not probed'
            elif check['ok']:
                run.append(c)
            else:
                skipped[c] = check['reason']
        plan.append({'group': g, 'run': run, 'skipped': skipped})
    return plan


def warmup_of(group, settings):
    """The (iterations, seconds each) a group warms up for: the group's own in the default mode, if it has one."""
    w = group.get('warmup')
    if w and settings.get('groupWarmups', True):
        return w
    return settings['wi'], settings['w']


def jmh_lock_held(path):
    """Whether another JMH process holds its machine-wide lock file (JMH takes an exclusive file lock)."""
    if not os.path.exists(path):
        return False
    try:
        with open(path, 'a') as f:
            fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.lockf(f, fcntl.LOCK_UN)
        return False
    except OSError:
        return True


def jmh_command(classpath, group, contenders, warmup, iterations, seconds, *extra):
    """The JMH command line for one fork of a group: its benchmark, threads and parameters, the given
    contenders, warm-up (iterations, seconds each) and measurement, `-prof gc`, the suite's JVM options, then
    extra JMH arguments."""
    wi, w = warmup
    cmd = java(classpath, 'org.openjdk.jmh.Main', '^' + re.escape(group['benchmark']) + '$',
               '-p', 'contender=' + ','.join(contenders),
               '-t', str(group['threads']), '-f', '1',
               '-wi', str(wi), '-w', '%dms' % (w * 1000),
               '-i', str(iterations), '-r', '%dms' % (seconds * 1000),
               '-prof', 'gc', *extra,
               '-jvmArgs', ' '.join(JVM_ARGS))
    for k, v in group['params'].items():
        cmd += ['-p', '%s=%s' % (k, v)]
    return cmd


def run_jmh(classpath, p, settings, result, log):
    g = p['group']
    cmd = jmh_command(classpath, g, p['run'], warmup_of(g, settings), settings['i'], settings['r'],
                      '-rf', 'json', '-rff', result)
    with open(log, 'a') as logf:
        logf.write('\n\n===== %s: %s\n' % (g['key'], ' '.join(cmd[3:])))
        logf.flush()
        proc = subprocess.run(cmd, stdout=logf, stderr=subprocess.STDOUT, check=False)
    return proc.returncode == 0 and os.path.exists(result)


def run_pgbench(raw, seconds):
    script = os.path.join(HERE, 'pgbench-ceiling')
    say('pgbench ceiling (%d s per client count) ...' % seconds)
    proc = subprocess.run([script, str(seconds)], capture_output=True, text=True, check=False)
    with open(os.path.join(raw, 'pgbench.txt'), 'w') as f:
        f.write(proc.stdout + proc.stderr)
    if proc.returncode != 0:
        return {'note': (proc.stdout + proc.stderr).strip().splitlines()[-1] if (proc.stdout + proc.stderr).strip()
                else 'pgbench failed'}
    res = {}
    for line in proc.stdout.splitlines():
        m = re.match(r'clients=(\d+) tps=([\d.]+) latency_ms=([\d.]+)', line)
        if m:
            res[m.group(1)] = {'tps': float(m.group(2)), 'latencyMs': float(m.group(3))}
        m = re.match(r'version=(.*)', line)
        if m:
            res['version'] = m.group(1)
    return {'results': res, 'seconds': seconds}


if __name__ == '__main__':
    main()
