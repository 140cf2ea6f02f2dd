# _signal (the layer under the signal module): handlers for signals the
# process sends itself, SIG_IGN, default_int_handler and KeyboardInterrupt,
# the constants and argument checks.
import _signal as signal
import os

received = []


def handler(signum, frame):
    received.append((signum, type(frame).__name__, frame.f_code.co_name))


print(signal.SIG_DFL, signal.SIG_IGN, signal.NSIG, signal.SIGINT, signal.SIGTERM, signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.signal(signal.SIGUSR1, handler), signal.getsignal(signal.SIGUSR1) is handler)


def send():
    signal.raise_signal(signal.SIGUSR1)
    os.kill(os.getpid(), signal.SIGUSR1)


send()
print(received)

print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print(len(received), signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")

old = signal.signal(signal.SIGINT, lambda n, f: print("custom SIGINT handler", n))
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, old)

for args in [(0, signal.SIG_DFL), (signal.NSIG, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_IGN),
             (signal.SIGSTOP, signal.SIG_DFL), (signal.SIGUSR1, 5), (signal.SIGUSR1, "x")]:
    try:
        signal.signal(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(100)
except ValueError as e:
    print("ValueError", e)

valid = signal.valid_signals()
print(type(valid).__name__, len(valid), 32 in valid, signal.SIGRTMAX in valid)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGRTMIN))
print(signal.set_wakeup_fd(-1))
print(signal.alarm(0))
