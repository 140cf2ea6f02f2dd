# A signal handler runs while select()/poll() wait, and an exception it
# raises ends the wait (PEP 475), as test_selectors' test_select_interrupt_exc
# checks; a handler that returns lets the wait go on to its timeout.
import os
import select
import signal
import time


class Interrupted(Exception):
    pass


def raising(signum, frame):
    raise Interrupted


r, w = os.pipe()
signal.signal(signal.SIGALRM, raising)
signal.alarm(1)
start = time.monotonic()
try:
    select.select([r], [], [], 10)
except Interrupted:
    print("select interrupted", time.monotonic() - start < 5)

signal.alarm(1)
poller = select.poll()
poller.register(r, select.POLLIN)
start = time.monotonic()
try:
    poller.poll(10000)
except Interrupted:
    print("poll interrupted", time.monotonic() - start < 5)

calls = []
signal.signal(signal.SIGALRM, lambda signum, frame: calls.append(signum))
signal.alarm(1)
start = time.monotonic()
print(select.select([r], [], [], 1.5), calls == [signal.SIGALRM], time.monotonic() - start >= 1.4)
os.write(w, b"x")
print(select.select([r], [], [], 10) == ([r], [], []))
signal.signal(signal.SIGALRM, signal.SIG_DFL)
