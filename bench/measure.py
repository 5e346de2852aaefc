#!/usr/bin/env python3
"""Runs a command once and writes "WALL_S USER_S SYS_S MAXRSS_KB" to FILE, the format of
`/usr/bin/time -f "%e %U %S %M"` but with microsecond resolution (os.wait4 rusage of the
child; /usr/bin/time rounds to 10 ms, too coarse for the 40-KPI render's 25 ms target).
The command's standard output and error go where this script's go. Exits with its status.

    python3 bench/measure.py FILE CMD…
"""
import os
import subprocess
import sys
import time

out, cmd = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
proc = subprocess.Popen(cmd)
_, status, usage = os.wait4(proc.pid, 0)
wall = time.perf_counter() - start
with open(out, "w", encoding="utf-8") as f:
    f.write(f"{wall:.6f} {usage.ru_utime:.6f} {usage.ru_stime:.6f} {usage.ru_maxrss}\n")
sys.exit(os.waitstatus_to_exitcode(status))
