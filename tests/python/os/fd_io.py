# Descriptor-level I/O: open flags, read/write/lseek/pread/pwrite, pipes,
# dup/dup2 and the inheritable and blocking flags, ftruncate and fsync.
import os

base = "_tmp_fd_io"
os.mkdir(base)
path = os.path.join(base, "data")

fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
print(type(fd).__name__, fd > 2, os.get_inheritable(fd), os.get_blocking(fd), os.isatty(fd))
print(os.write(fd, b"hello world"), os.write(fd, bytearray(b"!")), os.write(fd, memoryview(b"??")[:1]))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5))
print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
print(os.pread(fd, 4, 6), os.pwrite(fd, b"W", 6), os.pread(fd, 5, 6), os.lseek(fd, 0, os.SEEK_CUR))
os.ftruncate(fd, 5)
print(os.fstat(fd).st_size, os.pread(fd, 100, 0))
os.fsync(fd)
os.fdatasync(fd)
os.close(fd)

fd = os.open(path, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"+tail")
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 100))
os.close(fd)

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
print(os.write(w, b"through the pipe"), os.read(r, 7), os.read(r, 100))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
os.set_blocking(r, True)
os.close(w)
print(os.read(r, 10))
os.close(r)

r, w = os.pipe2(0)
print(os.get_inheritable(r), os.get_inheritable(w))
d = os.dup(w)
print(d not in (r, w), os.get_inheritable(d))
os.write(d, b"via dup")
print(os.read(r, 100))
spare = os.open(path, os.O_RDONLY)
print(os.dup2(w, spare) == spare, os.get_inheritable(spare))
os.write(spare, b"via dup2")
print(os.read(r, 100))
print(os.dup2(w, spare, inheritable=False) == spare, os.get_inheritable(spare))
os.set_inheritable(spare, True)
print(os.get_inheritable(spare))
os.closerange(spare, spare + 1)
try:
    os.fstat(spare)
except OSError as e:
    print(type(e).__name__, e.errno)
for f in (r, w, d):
    os.close(f)

dir_fd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
fd = os.open("made_at", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=dir_fd)
os.write(fd, b"x")
os.close(fd)
print(sorted(os.listdir(base)))
os.unlink("made_at", dir_fd=dir_fd)
os.close(dir_fd)

class HasFileno:
    def fileno(self):
        return self.fd

holder = HasFileno()
holder.fd = os.open(path, os.O_RDONLY)
os.fsync(holder)
os.close(holder.fd)
try:
    os.fsync(object())
except TypeError as e:
    print(type(e).__name__, e)

os.unlink(path)
os.rmdir(base)
print(os.path.exists(base))
