# mmap over files: writes reach the file (and other maps of it), access modes, offsets, resize.
import mmap
import os
import tempfile

PAGE = mmap.PAGESIZE
print(PAGE == mmap.ALLOCATIONGRANULARITY, PAGE > 0)


def attempt(label, function):
    try:
        result = function()
    except Exception as error:
        print(label, "raised", type(error).__name__, error)
    else:
        print(label, "->", repr(result))


def file_bytes(path):
    with open(path, "rb") as f:
        return f.read()


directory = tempfile.mkdtemp()
path = os.path.join(directory, "data")
with open(path, "wb") as f:
    f.write(b"a" * PAGE + b"foo" + b"\0" * (PAGE - 3))

with open(path, "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
print(len(m), m.size(), m.find(b"foo"), repr(m)[:60])
# The map keeps its own descriptor: it outlives the file object.
m[0:3] = b"XYZ"
m[PAGE + 3:PAGE + 6] = b"bar"
print(file_bytes(path)[:4], file_bytes(path)[PAGE:PAGE + 7])

# A second map of the same file sees the first one's writes at once.
with open(path, "r+b") as f:
    other = mmap.mmap(f.fileno(), 16, access=mmap.ACCESS_WRITE)
print(other[:4])
other[3] = ord("!")
print(m[:4])
other.close()

# Writing through the file is seen by the map.
with open(path, "r+b") as f:
    f.write(b"file")
print(m[:5])
print(m.flush(), m.flush(0, PAGE), m.flush(PAGE, PAGE))
attempt("flush(1, 1)", lambda: m.flush(1, 1))

# Resizing truncates or extends the file.
m.resize(PAGE + 10)
print(len(m), m.size(), os.path.getsize(path), m[PAGE:PAGE + 6])
m.resize(3 * PAGE)
print(len(m), m.size(), os.path.getsize(path), m[3 * PAGE - 1])
m[3 * PAGE - 1] = 7
m.close()
print(file_bytes(path)[-1], len(file_bytes(path)))
attempt("size after close", m.size)

# ACCESS_READ: read-only, the file is left alone.
with open(path, "rb") as f:
    r = mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_READ)
print(repr(r), r[:4], r.flush())
attempt("r[0] = 1", lambda: r.__setitem__(0, 1))
attempt("r[:] = ...", lambda: r.__setitem__(slice(None), b"b" * 10))
attempt("r.write", lambda: r.write(b"abc"))
attempt("r.resize", lambda: r.resize(20))
print(memoryview(r).readonly)
r.close()

# ACCESS_COPY: private writes.
with open(path, "r+b") as f:
    c = mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_COPY)
c[:4] = b"copy"
print(c[:6], file_bytes(path)[:6], c.flush())
attempt("c.resize", lambda: c.resize(20))
c.close()

# prot=PROT_READ on a writable descriptor behaves as ACCESS_READ.
with open(path, "r+b") as f:
    p = mmap.mmap(f.fileno(), 10, prot=mmap.PROT_READ)
print(repr(p))
attempt("p.write", lambda: p.write(b"x"))
p.close()

# flags=MAP_PRIVATE keeps ACCESS_DEFAULT, writes stay private.
with open(path, "r+b") as f:
    q = mmap.mmap(f.fileno(), 8, flags=mmap.MAP_PRIVATE)
q[:4] = b"priv"
print(repr(q), q[:8], file_bytes(path)[:8])
q.close()

# Offsets: multiples of ALLOCATIONGRANULARITY, length 0 maps the rest.
with open(path, "r+b") as f:
    o = mmap.mmap(f.fileno(), 0, offset=PAGE)
    print(len(o), o[:6], repr(o)[-30:])
    o.resize(100)
    print(len(o), o.size(), os.path.getsize(path))
    o.close()
    attempt("offset not aligned", lambda: mmap.mmap(f.fileno(), 10, offset=100))
    attempt("offset past end, length 0", lambda: mmap.mmap(f.fileno(), 0, offset=8 * PAGE))
    attempt("offset at end, length 0", lambda: mmap.mmap(f.fileno(), 0, offset=PAGE + 100))
    attempt("length past end", lambda: mmap.mmap(f.fileno(), PAGE + 101))
    attempt("offset + length past end", lambda: mmap.mmap(f.fileno(), 101, offset=PAGE))
    attempt("offset beyond file", lambda: mmap.mmap(f.fileno(), 1, offset=4 * PAGE))
    attempt("negative offset", lambda: mmap.mmap(f.fileno(), 10, offset=-PAGE))
    attempt("access + prot", lambda: mmap.mmap(f.fileno(), 10, prot=mmap.PROT_READ,
                                               access=mmap.ACCESS_WRITE))

# An empty file, a read-only descriptor, a closed descriptor, a directory.
empty = os.path.join(directory, "empty")
open(empty, "wb").close()
with open(empty, "rb") as f:
    attempt("empty file", lambda: mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
    attempt("empty file, length 10", lambda: mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_READ))
with open(path, "rb") as f:
    attempt("write map of read-only fd", lambda: mmap.mmap(f.fileno(), 10))
    attempt("copy map of read-only fd", lambda: repr(mmap.mmap(f.fileno(), 10,
                                                               access=mmap.ACCESS_COPY)))
fd = os.open(path, os.O_RDONLY)
os.close(fd)
attempt("closed fd", lambda: mmap.mmap(fd, 10))
dfd = os.open(directory, os.O_RDONLY)
attempt("directory", lambda: mmap.mmap(dfd, 10))
os.close(dfd)

# A map of the file's whole length, after the file grew.
with open(path, "ab") as f:
    f.write(b"tail")
with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as whole:
    print(len(whole), whole[-4:], whole.rfind(b"tail"), whole.size())
    whole.seek(0)
    lines = 0
    while whole.readline():
        lines += 1
    print(lines)
os.unlink(path)
os.unlink(empty)
os.rmdir(directory)
