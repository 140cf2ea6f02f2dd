# Errors: refused connections, bad families, closed sockets, bad arguments.
import socket

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
c = socket.socket()
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror, str(e))
print(socket.socket().connect_ex(("127.0.0.1", port)))
c.close()

try:
    socket.socket(12345)
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.socket(socket.AF_INET, 999)
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.socket(fileno=-1)
except ValueError as e:
    print(e)

s = socket.socket()
for address in [5, ("a",), ("127.0.0.1", 70000), ("127.0.0.1", -1), ("127.0.0.1", "x"), (1, 2)]:
    try:
        s.bind(address)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    s.connect(("127.0.0.1", 99999))
except OverflowError as e:
    print(e)
try:
    s.getpeername()
except OSError as e:
    print(type(e).__name__, e)
for call in [lambda: s.recv(-1), lambda: s.listen("x"), lambda: s.recv()]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s.close()
for call in [lambda: s.recv(1), lambda: s.bind(("127.0.0.1", 0)), lambda: s.getsockname()]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno)
print(s.fileno(), s._closed)
print(repr(s).startswith("<socket.socket [closed] fd=-1"))
try:
    socket.socket(socket.AF_INET6).bind(("::1", 0, 0x100000, 0))
except OverflowError as e:
    print(e)
try:
    socket.socket(socket.AF_INET).bind(("host.invalid", 0))
except socket.gaierror as e:
    print(type(e).__name__, isinstance(e, OSError))
print(issubclass(socket.herror, OSError), socket.herror.__module__, socket.gaierror.__name__)
