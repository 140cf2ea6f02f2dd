"""Runs one command and reports what it cost: used by bench/run.ts.

    python3.11 rusage.py RESULT_FILE TIMEOUT_SECONDS COMMAND [ARG...]

The command inherits stdin, stdout and stderr and runs in its own process
group. When it ends, RESULT_FILE receives one JSON object: its exit status
(`code`, or `signal` when a signal ended it), `wall` seconds, `user` and `sys`
CPU seconds and `maxrss_kb` (peak resident set size) from wait4()'s rusage,
which covers the child and all of its threads, measured by the kernel, with no
sampling. After TIMEOUT_SECONDS the whole process group is killed and
`timeout` is true; the group is killed too if this wrapper's parent (the
harness) goes away. This wrapper's own start-up is not part of the figures.
"""
import json
import os
import signal
import sys
import time


def main():
    result_file = sys.argv[1]
    timeout = float(sys.argv[2])
    argv = sys.argv[3:]
    parent = os.getppid()
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, setpgroup=0)
    timed_out = False

    def kill():
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def on_tick(signum, frame):
        # Twice a second: past the time limit, or orphaned (the harness was
        # stopped), the child's whole process group goes.
        nonlocal timed_out
        if time.perf_counter() - start > timeout:
            timed_out = True
            kill()
        elif os.getppid() != parent:
            kill()

    signal.signal(signal.SIGALRM, on_tick)
    signal.setitimer(signal.ITIMER_REAL, 0.5, 0.5)
    while True:
        try:
            _, status, usage = os.wait4(pid, 0)
            break
        except InterruptedError:
            continue
    wall = time.perf_counter() - start
    signal.setitimer(signal.ITIMER_REAL, 0)
    report = {
        "wall": wall,
        "user": usage.ru_utime,
        "sys": usage.ru_stime,
        "maxrss_kb": usage.ru_maxrss,
        "timeout": timed_out,
    }
    if os.WIFSIGNALED(status):
        report["signal"] = os.WTERMSIG(status)
        report["code"] = -os.WTERMSIG(status)
    else:
        report["code"] = os.WEXITSTATUS(status)
    with open(result_file, "w") as f:
        json.dump(report, f)


main()
