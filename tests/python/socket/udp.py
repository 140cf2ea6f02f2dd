# UDP datagrams between two sockets on 127.0.0.1.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
print(a.type, a.proto)
print(a.sendto(b"first", b.getsockname()))
data, addr = b.recvfrom(100)
print(data, addr == a.getsockname())
a.sendto(b"second", 0, b.getsockname())
buf = bytearray(3)
n, addr = b.recvfrom_into(buf)
print(n, buf, addr == a.getsockname())
b.connect(a.getsockname())
b.send(b"connected")
print(a.recv(100))
a.sendto(b"x" * 10, b.getsockname())
print(b.recv(4))
try:
    a.sendto(b"x")
except TypeError as e:
    print(e)
try:
    a.sendto("x", b.getsockname())
except TypeError as e:
    print(e)
a.close()
b.close()
