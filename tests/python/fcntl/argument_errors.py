# fcntl's argument errors: bad descriptors, wrong types, too long buffers,
# argument counts, and OSError subclasses from errno.
import fcntl, os

r, w = os.pipe()
cases = [
    (r, fcntl.F_GETFL, bytearray(4)), (r, fcntl.F_GETFL, 1.5), (r, fcntl.F_GETFL, None),
    (r, fcntl.F_GETFL, memoryview(b"abc")), (r, fcntl.F_GETFL, b"x" * 1025), (r, fcntl.F_GETFL, "x" * 1025),
    (r, fcntl.F_GETFL, b"x" * 1024), (r, fcntl.F_GETFL, "\xe9"), (r, 1.5), (r, 2**40), (r, "1"),
    (1.5, fcntl.F_GETFD), (-1, fcntl.F_GETFD), (99999, fcntl.F_GETFD), ("x", fcntl.F_GETFD),
    (2**40, fcntl.F_GETFD), (r, 12345), (r, fcntl.F_SETFL, -1), (r,), (r, 1, 2, 3), (),
]
for args in cases:
    try:
        result = fcntl.fcntl(*args)
        print(type(result).__name__, len(result) if isinstance(result, bytes) else result)
    except Exception as e:
        print(type(e).__name__, e)
try:
    fcntl.fcntl(fd=r, cmd=fcntl.F_GETFD)
except TypeError as e:
    print(e)

class NoInt:
    def fileno(self):
        return "x"

class Negative:
    def fileno(self):
        return -5

class Raises:
    def fileno(self):
        raise RuntimeError("from fileno")

for holder in [NoInt(), Negative(), Raises(), object()]:
    try:
        fcntl.fcntl(holder, fcntl.F_GETFD)
    except Exception as e:
        print(type(e).__name__, e)

os.close(w)
try:
    fcntl.fcntl(w, fcntl.F_GETFD)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    fcntl.fcntl(r, fcntl.F_SETLK, b"\0" * 4)
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(r)
