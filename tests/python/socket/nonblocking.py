# Non-blocking sockets: EAGAIN surfaces as BlockingIOError.
import errno, socket

a, b = socket.socketpair()
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == errno.EAGAIN, e.strerror)
b.send(b"now")
print(a.recv(10))
filled = 0
try:
    while True:
        filled += a.send(b"x" * 65536)
except BlockingIOError as e:
    print("send buffer full", filled > 0, e.errno == errno.EAGAIN)
a.setblocking(True)
print(a.gettimeout(), a.getblocking())
a.close(); b.close()

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(s.type, s.gettimeout(), s.getblocking())
s.bind(("127.0.0.1", 0))
s.listen()
try:
    s.accept()
except BlockingIOError as e:
    print("accept", e.errno == errno.EAGAIN)
c = socket.socket()
c.connect(s.getsockname())
conn, _ = s.accept()
print(conn.gettimeout(), conn.getblocking())
conn.close(); c.close(); s.close()
