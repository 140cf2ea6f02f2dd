"""Run a curses program on a pseudo-terminal, as a user at an xterm would.

The program runs in a child (this interpreter, sys.executable) whose
stdin/stdout/stderr are the pty's slave, with TERM=xterm and a 24x80
window. It gets a results file path as argv[1], writes what it found there
(after endwin), and draws "READY" when it wants the keys `keys`, which are
then typed on the master side. Returns (exit status, screen bytes, results).
"""
import os
import select
import subprocess
import sys
import tempfile
import termios
import time


PREAMBLE = (
    "import sys\n"
    f"sys.path.insert(0, {os.path.dirname(os.path.abspath(__file__))!r})\n"
    "from curses_child import log, attempt, save\n"
)


def run_on_pty(source, keys=b"", rows=24, columns=80, timeout=30):
    """Run `source` after PREAMBLE (log, attempt and save from curses_child)."""
    master, slave = os.openpty()
    termios.tcsetwinsize(master, (rows, columns))
    handle, results_path = tempfile.mkstemp(suffix=".txt")
    os.close(handle)
    environment = dict(os.environ, TERM="xterm", LC_ALL="C.UTF-8")
    environment.pop("LINES", None)
    environment.pop("COLUMNS", None)
    child = subprocess.Popen(
        [sys.executable, "-c", PREAMBLE + source, results_path],
        stdin=slave, stdout=slave, stderr=slave, env=environment,
    )
    os.close(slave)
    screen = b""
    typed = not keys
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: the child closed the slave
                break
            if not data:
                break
            screen += data
            if not typed and b"READY" in screen:
                os.write(master, keys)
                typed = True
        elif child.poll() is not None:
            break
    else:
        child.kill()
    status = child.wait()
    os.close(master)
    with open(results_path, encoding="utf-8") as file:
        results = file.read()
    os.unlink(results_path)
    return status, screen, results


def report(source, keys=b""):
    """Run `source` on a pty and print its exit status and results."""
    status, screen, results = run_on_pty(source, keys)
    print("status", status)
    print(results, end="")
    return screen
