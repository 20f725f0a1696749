"""Profiles one contender of one table of the suite: where its time (or its allocations) go.

Runs the table's JMH benchmark for one contender, with the table's threads, parameters and warm-up, under
async-profiler (the agent comes from the async-profiler jar on the bench class path) and JMH's gc profiler,
and writes the flat profile (the hottest frames, by self and by total samples) to
bench/results/profiles/<table>-<contender>-<event>.txt. Used to explain a target that is missed: the figure
says how far off it is, the profile says where the time goes.
"""

import argparse
import collections
import glob
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import groups as G  # noqa: E402
import suite  # noqa: E402


def agent_library(classpath, target):
    """Extracts libasyncProfiler.so for this platform from the async-profiler jar; returns its path."""
    jars = [p for p in classpath.split(os.pathsep) if re.search(r'async-profiler-[^/]*\.jar$', p)]
    if not jars:
        sys.exit('bench/profile: no async-profiler jar on the bench class path; rebuild with bench/run first')
    machine = os.uname().machine
    arch = {'x86_64': 'linux-x64', 'amd64': 'linux-x64', 'aarch64': 'linux-arm64'}.get(machine)
    if arch is None or sys.platform != 'linux':
        sys.exit('bench/profile: async-profiler is only wired up for Linux x64 and arm64 here (this is %s %s)'
                 % (sys.platform, machine))
    out = os.path.join(target, 'async-profiler', arch)
    lib = os.path.join(out, 'libasyncProfiler.so')
    if not os.path.exists(lib):
        os.makedirs(out, exist_ok=True)
        with zipfile.ZipFile(jars[0]) as z:
            with z.open(arch + '/libasyncProfiler.so') as src, open(lib, 'wb') as dst:
                dst.write(src.read())
    return lib


def flat(collapsed, top):
    """The hottest frames of a collapsed-stacks file: by self samples, then by total (inclusive) samples."""
    self_ = collections.Counter()
    total = collections.Counter()
    n = 0
    with open(collapsed) as f:
        for line in f:
            stack, _, count = line.rstrip('\n').rpartition(' ')
            if not stack:
                continue
            c = int(count)
            n += c
            frames = stack.split(';')
            self_[frames[-1]] += c
            for fr in set(frames):
                total[fr] += c
    lines = ['samples: %d' % n, '', 'self %   frame']
    lines += ['%6.1f   %s' % (100.0 * c / n, fr) for fr, c in self_.most_common(top)]
    lines += ['', 'total %  frame (inclusive, Athanor and peers only)']
    interesting = [(fr, c) for fr, c in total.most_common() if re.search(r'athanor|zaxxer|jdbi|jooq|dbcp', fr)
                   and 'jmh_generated' not in fr]
    lines += ['%6.1f   %s' % (100.0 * c / n, fr) for fr, c in interesting[:top]]
    return '\n'.join(lines) + '\n'


def main():
    ap = argparse.ArgumentParser(prog='bench/profile', description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('table', help='a table key from groups.py, e.g. statement-8t, select-postgresql')
    ap.add_argument('contender', help="a contender of that table, e.g. athanor, hikari, jdbc")
    ap.add_argument('--event', default='cpu',
                    help='cpu (perf events; falls back to itimer if the kernel refuses), itimer, alloc, lock')
    ap.add_argument('--seconds', type=int, default=6, help='measured seconds (default 6)')
    ap.add_argument('--top', type=int, default=30, help='frames to list (default 30)')
    ap.add_argument('--classpath', required=True)
    args = ap.parse_args()

    group = next((g for g in G.groups() if g['key'] == args.table), None)
    if group is None or group['benchmark'] is None:
        sys.exit('bench/profile: no table %r; the tables are: %s'
                 % (args.table, ', '.join(g['key'] for g in G.groups() if g['benchmark'])))
    if args.contender not in group['contenders']:
        sys.exit('bench/profile: table %s has no contender %r (it has %s)'
                 % (args.table, args.contender, ', '.join(group['contenders'])))
    lock = os.path.join('/tmp', 'jmh.lock')
    if suite.jmh_lock_held(lock):
        sys.exit('bench/profile: another JMH run holds %s; wait for it to finish' % lock)

    lib = agent_library(args.classpath, os.path.join(HERE, 'target'))
    out_dir = os.path.join(HERE, 'results', 'profiles')
    os.makedirs(out_dir, exist_ok=True)
    name = '%s-%s-%s' % (args.table, args.contender, args.event)
    work = os.path.join(HERE, 'target', 'profile-' + name)
    wi, w = suite.warmup_of(group, suite.SETTINGS['default'])
    log = os.path.join(out_dir, name + '.jmh.log')
    for event in ([args.event, 'itimer'] if args.event == 'cpu' else [args.event]):
        for old in glob.glob(os.path.join(work, '**', '*.csv'), recursive=True):
            os.remove(old)
        cmd = suite.jmh_command(args.classpath, group, [args.contender], (wi, w), args.seconds, 1,
                                '-prof', 'async:libPath=%s;output=collapsed;event=%s;dir=%s' % (lib, event, work))
        print('profiling %s / %s (%s, %d thread%s) ...' % (args.table, args.contender, event, group['threads'],
                                                           's' if group['threads'] > 1 else ''))
        with open(log, 'w') as logf:
            subprocess.run(cmd, stdout=logf, stderr=subprocess.STDOUT, check=False)
        found = glob.glob(os.path.join(work, '**', '*.csv'), recursive=True)
        if found:
            break
        print('  no samples with event %s (see %s)' % (event, os.path.relpath(log)))
    else:
        sys.exit('bench/profile: the profiler produced nothing; see %s' % log)
    with open(log) as f:
        jmh = f.read()
    summary = [line for line in jmh.splitlines()
               if re.match(r'^\w+\.\w+', line) and re.search(r'\s(thrpt|avgt)\s', line)]
    text = ['# %s, contender %s, event %s' % (group['title'], args.contender, event), '',
            'JMH (1 fork, %d x %gs warm-up, %d x 1s measured):' % (wi, w, args.seconds), '']
    text += ['    ' + s for s in summary] + ['']
    text.append(flat(found[0], args.top))
    out = os.path.join(out_dir, name + '.txt')
    with open(out, 'w') as f:
        f.write('\n'.join(text))
    print('wrote %s' % os.path.relpath(out))


if __name__ == '__main__':
    main()
