# fcntl with int arguments: status flags (O_NONBLOCK), descriptor flags
# (FD_CLOEXEC), F_DUPFD/F_DUPFD_CLOEXEC, pipe sizes; objects with fileno().
import fcntl, os

r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print(type(flags).__name__, flags & os.O_NONBLOCK, flags & os.O_ACCMODE == os.O_RDONLY)
print(fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK))
print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK == os.O_NONBLOCK, os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
fcntl.fcntl(r, fcntl.F_SETFL, flags)
print(os.get_blocking(r), fcntl.fcntl(w, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY)

# FD_CLOEXEC follows os.set_inheritable and the other way round
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC, os.get_inheritable(r))
print(fcntl.fcntl(r, fcntl.F_SETFD, 0), os.get_inheritable(r))
os.set_inheritable(r, False)
print(fcntl.fcntl(r, fcntl.F_GETFD))

# F_DUPFD: the lowest free descriptor at or above arg
dup = fcntl.fcntl(w, fcntl.F_DUPFD, 100)
print(dup >= 100, fcntl.fcntl(dup, fcntl.F_GETFD), os.get_inheritable(dup))
dup2 = fcntl.fcntl(w, fcntl.F_DUPFD_CLOEXEC, dup)
print(dup2 > dup, fcntl.fcntl(dup2, fcntl.F_GETFD))
os.write(dup2, b"via dup")
print(os.read(r, 100))
os.close(dup)
os.close(dup2)

# pipe sizes
size = fcntl.fcntl(r, fcntl.F_GETPIPE_SZ)
print(size >= 4096, fcntl.fcntl(r, fcntl.F_SETPIPE_SZ, 2 * size) >= 2 * size)
print(fcntl.fcntl(w, fcntl.F_GETPIPE_SZ) >= 2 * size)

# negative and big ints go through as a C int (masked, like CPython's "I")
print(fcntl.fcntl(r, fcntl.F_GETFD, -1), fcntl.fcntl(r, fcntl.F_GETFD, 2**70), fcntl.fcntl(r, fcntl.F_GETFD, True))

class Index:
    def __index__(self):
        return fcntl.F_GETFD

print(fcntl.fcntl(r, fcntl.F_SETFD, Index()), fcntl.fcntl(r, fcntl.F_GETFD))

# descriptors from fileno()
class Holder:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd

print(fcntl.fcntl(Holder(r), fcntl.F_GETFD), fcntl.fcntl(True, fcntl.F_GETFD) >= 0)
with open(__file__, "rb") as f:
    print(fcntl.fcntl(f, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY)
    print(fcntl.fcntl(f.fileno(), fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
os.close(r)
os.close(w)
