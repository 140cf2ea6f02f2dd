# AF_UNIX stream and datagram sockets bound to paths in a temporary directory.
import os, socket, tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "sock")
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
print(repr(server.getsockname()))
server.bind(path)
print(server.getsockname() == path, os.path.exists(path))
server.listen(1)
client = socket.socket(socket.AF_UNIX)
client.connect(path)
conn, addr = server.accept()
print(repr(addr), conn.getsockname() == path, client.getpeername() == path)
client.sendall(b"over unix")
print(conn.recv(100))
conn.close(); client.close(); server.close()

bpath = os.path.join(tmp, "bsock").encode()
d1 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
d1.bind(bpath)
print(type(d1.getsockname()).__name__)
d2 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
d2.sendto(b"dgram", bpath)
print(d1.recvfrom(100))
d1.close(); d2.close()

abstract = socket.socket(socket.AF_UNIX)
abstract.bind(b"\0taipan-test-%d" % os.getpid())
print(abstract.getsockname().startswith(b"\0taipan-test-"))
abstract.close()

for bad in ["x" * 200, 42]:
    try:
        socket.socket(socket.AF_UNIX).bind(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    socket.socket(socket.AF_UNIX).connect(os.path.join(tmp, "missing"))
except OSError as e:
    print(type(e).__name__, e.errno)
for name in os.listdir(tmp):
    os.unlink(os.path.join(tmp, name))
os.rmdir(tmp)
