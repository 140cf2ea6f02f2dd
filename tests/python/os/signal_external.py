# Signals from outside the process reach Python handlers between two
# instructions: kill from a shell, SIGALRM from alarm(), SIGINT through
# default_int_handler as KeyboardInterrupt; SIG_IGN drops them.
# (A signal's default action, ending the process, is left out: the status
# of a process killed by a signal reads differently through Deno.)
import os
import signal
import sys
import time

received = []


def handler(signum, frame):
    received.append(signal.Signals(signum).name)


def wait_for(condition):
    deadline = time.monotonic() + 10
    while not condition() and time.monotonic() < deadline:
        pass


def shell(command):
    sys.stdout.flush()
    os.system(command)


pid = os.getpid()
signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGUSR2, handler)
shell(f"kill -USR1 {pid}")
wait_for(lambda: len(received) == 1)
shell(f"kill -USR2 {pid}")
wait_for(lambda: len(received) == 2)
print(received)

signal.signal(signal.SIGALRM, handler)
print(signal.alarm(1))
wait_for(lambda: "SIGALRM" in received)
print(received[-1])


def countdown(n):
    return n if n == 0 else countdown(n - 1)


signal.signal(signal.SIGINT, signal.default_int_handler)
shell(f"(sleep 0.3; kill -INT {pid}) &")
try:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        countdown(20)
    print("no KeyboardInterrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt")

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
shell(f"kill -USR1 {pid}")
signal.signal(signal.SIGUSR1, handler)
shell(f"kill -USR1 {pid}")
wait_for(lambda: received.count("SIGUSR1") == 2)
print(received)

print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler, signal.getsignal(signal.SIGUSR1))
