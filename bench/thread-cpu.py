#!/usr/bin/env python3
"""CPU time of a cold build by thread: bench/thread-cpu.py [N] [MAVEN_OPTS]   (Linux only)

Builds the corpus of bench/run.sh N (default 10000; run bench/run.sh N once first) cold with
`mvn -o -q package`, reads /proc for every thread of the JVM until it exits, and prints wall, user
and system time, then user+system time by thread group: Maven's main thread and the fork-join
workers (the build itself), the C1 and C2 compilers, the garbage collector. Unlike -XX:+CITime, which
reports the compilers' elapsed time, this is the CPU they took from the build's two cores. The last
build's site/ and target/ are set aside and deleted after the build, as bench/run.sh does; wait a few
minutes before running it again (README, "This machine's file system")."""
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
n = sys.argv[1] if len(sys.argv) > 1 else "10000"
project = os.path.join(root, "target", "bench", n, "corpus", "broadsheet")
if not os.path.isdir(project):
    sys.exit(f"no corpus in {project}: run bench/run.sh {n} first")
trash = tempfile.mkdtemp(dir=os.path.dirname(os.path.dirname(project)), prefix="trash-")
for name in ("site", "target"):
    if os.path.exists(os.path.join(project, name)):
        os.rename(os.path.join(project, name), os.path.join(trash, name))
subprocess.run(["sync"], check=True)
env = dict(os.environ, MAVEN_OPTS=sys.argv[2] if len(sys.argv) > 2 else "")
times = "/tmp/broadsheet-thread-cpu.time"
build = subprocess.Popen(["/usr/bin/time", "-f", "%e %U %S", "-o", times, "mvn", "-o", "-q", "-B", "package"],
                         cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
last = {}  # thread id -> (name, user ticks, system ticks), as last seen
while build.poll() is None:
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if open(f"/proc/{pid}/comm").read().strip() != "java":
                continue
            for tid in os.listdir(f"/proc/{pid}/task"):
                name = open(f"/proc/{pid}/task/{tid}/comm").read().strip()
                stat = open(f"/proc/{pid}/task/{tid}/stat").read()
                fields = stat[stat.rindex(")") + 2:].split()
                last[tid] = (name, int(fields[11]), int(fields[12]))
        except OSError:
            pass  # a thread or process that ended meanwhile
    time.sleep(0.2)
shutil.rmtree(trash)
wall, user, system = open(times).read().split()
print(f"wall {wall} s, user {user} s, system {system} s")
ticks = os.sysconf("SC_CLK_TCK")
groups = collections.Counter()
for name, utime, stime in last.values():
    groups[re.sub(r"[#\d-]+$", "", name)] += (utime + stime) / ticks
for group, seconds in groups.most_common():
    if seconds >= 0.1:
        print(f"{seconds:7.2f} s  {group}")
