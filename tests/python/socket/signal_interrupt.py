# A signal's Python handler runs while a socket call waits; its exception ends the call.
import signal, socket

class Interrupted(Exception):
    pass

def raising(signum, frame):
    raise Interrupted(signum == signal.SIGALRM)

calls = []
def counting(signum, frame):
    calls.append(signum)

old = signal.signal(signal.SIGALRM, raising)
a, b = socket.socketpair()
try:
    signal.alarm(1)
    a.recv(10)
except Interrupted as e:
    print("recv interrupted", e.args)
try:
    signal.alarm(1)
    a.sendall(b"x" * 10_000_000)
except Interrupted as e:
    print("sendall interrupted", e.args)
signal.signal(signal.SIGALRM, counting)
a.settimeout(1.5)
signal.alarm(1)
try:
    a.recv(10)
except TimeoutError as e:
    print("timed out after the handler ran", calls == [signal.SIGALRM], e)
signal.signal(signal.SIGALRM, old)
a.close()
b.close()
