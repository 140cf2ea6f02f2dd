# Timeouts: settimeout polls before each call and raises TimeoutError('timed out').
import socket

print(socket.timeout is TimeoutError, socket.error is OSError)
a, b = socket.socketpair()
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e.args, e.errno)
b.send(b"ready")
print(a.recv(10))
a.settimeout(None)
print(a.gettimeout(), a.getblocking())
a.settimeout(0)
print(a.gettimeout(), a.getblocking())
a.settimeout(3)
print(a.gettimeout())
for bad in [-1, "x", float("nan")]:
    try:
        a.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(socket.getdefaulttimeout())
socket.setdefaulttimeout(0.5)
print(socket.getdefaulttimeout())
s = socket.socket()
print(s.gettimeout(), s.getblocking())
s.close()
c, d = socket.socketpair()
print(c.gettimeout(), d.gettimeout())
c.close(); d.close()
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout())
try:
    socket.setdefaulttimeout(-2)
except ValueError as e:
    print(e)

server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
server.settimeout(0.05)
try:
    server.accept()
except TimeoutError as e:
    print("accept", e)
client = socket.create_connection(server.getsockname())
conn, _ = server.accept()
print(conn.gettimeout(), conn.getblocking())
conn.settimeout(0.02)
f = conn.makefile("rb")
try:
    f.readline()
except TimeoutError as e:
    print("readline", e)
for x in (a, b, server, client, conn):
    x.close()
