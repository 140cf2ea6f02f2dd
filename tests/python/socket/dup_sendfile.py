# dup, fromfd, subclasses of socket.socket, sendfile and makefile round trips.
import os, socket, tempfile

a, b = socket.socketpair()
c = a.dup()
print(c.fileno() != a.fileno(), c.family, c.type, c.gettimeout())
c.send(b"via dup")
print(b.recv(100))
d = socket.fromfd(b.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
a.send(b"via fromfd")
print(d.recv(100))
raw = socket.dup(a.fileno())
e = socket.socket(fileno=raw)
print(e.family, e.type, e.proto)
e.close()
a.settimeout(2.5)
f = a.dup()
print(f.gettimeout())
for s in (c, d, f):
    s.close()

class Tagged(socket.socket):
    pass

t = Tagged(socket.AF_INET, socket.SOCK_DGRAM)
t.tag = "mine"
print(type(t).__name__, t.tag, t.type, isinstance(t, socket.socket))
t.close()
print(repr(t).startswith("<__main__.Tagged [closed] fd=-1, family=2, type=2"))

with tempfile.TemporaryFile() as tmp:
    tmp.write(b"0123456789" * 100)
    tmp.flush()
    tmp.seek(0)
    print(a.sendfile(tmp, offset=5, count=20))
    print(b.recv(100))
    tmp.seek(0)
    print(a.sendfile(tmp, count=30), tmp.tell())
    print(b.recv(100))

w = a.makefile("wb", buffering=0)
r = b.makefile("rb")
w.write(b"alpha\nbeta\n")
print(r.readline(), r.read1(100))
print(w.name == a.fileno(), r.readable(), w.writable(), r.mode, w.mode)
w.close()
r.close()
print(a._io_refs, b._io_refs)
a.close()
print(b.recv(10))
b.close()
