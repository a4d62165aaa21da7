#!/usr/bin/env python3
"""Runs a command and prints the CPU time of every process it started, by kind.

Usage: bench/cputree.py COMMAND [ARGS...]
  e.g. CI=true bench/cputree.py mvn -q -o test -Dtest=AuditFormBrowserTest -Dcds.skip

GNU time counts only the children that are waited for, which leaves out most of Chromium's
processes in a run of the browser tests (docs/performance-log.md, "Later on 1 December: where
the CPU goes, and less of it"). This reads /proc
every 0.3 s for every descendant of the command and keeps each process's last user + system
time, so a process that ends between two looks loses at most its last 0.3 s. Printed on stderr:
wall time, CPU by kind (java, chromium, chromedriver, others by name) and the load average
at the start, on average and at most. The exit code is the command's.
"""
import collections
import os
import subprocess
import sys
import time

HZ = os.sysconf("SC_CLK_TCK")


def stat(pid):
    """(name, parent, user + system ticks, start time) of a process, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            s = f.read()
    except OSError:
        return None
    end = s.rfind(")")
    fields = s[end + 2:].split()
    return s[s.find("(") + 1:end], int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[19])


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def kind(name):
    if name == "java":
        return "java"
    if "chromedriver" in name:
        return "chromedriver"
    if "chrom" in name:
        return "chromium"
    return "other:" + name


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    start, first_load = time.time(), load()
    child = subprocess.Popen(sys.argv[1:])
    seen, loads = {}, []
    while child.poll() is None:
        procs = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                info = stat(int(entry))
                if info:
                    procs[int(entry)] = info
        children = collections.defaultdict(list)
        for pid, info in procs.items():
            children[info[1]].append(pid)
        stack = [child.pid]
        while stack:
            pid = stack.pop()
            if pid in procs:
                name, _, ticks, started = procs[pid]
                seen[(pid, started)] = (name, ticks)
            stack += children.get(pid, [])
        loads.append(load())
        time.sleep(0.3)
    by = collections.Counter()
    for name, ticks in seen.values():
        by[kind(name)] += ticks / HZ
    print(f"exit {child.returncode}, wall {time.time() - start:.1f} s, CPU {sum(by.values()):.1f} s: "
          + ", ".join(f"{k} {v:.1f}" for k, v in sorted(by.items()) if v >= 0.05)
          + f"; load {first_load} at the start, {sum(loads) / max(1, len(loads)):.1f} on average,"
          + f" {max(loads, default=first_load)} at most", file=sys.stderr)
    sys.exit(child.returncode)


if __name__ == "__main__":
    main()
