# Argument handling of recv, recv_into, recvfrom_into, send and sendall.
import socket
a, b = socket.socketpair()
a.settimeout(0.2)
def t(f):
    try: print("ok", repr(f()))
    except BaseException as e: print(type(e).__name__, e.args)
t(lambda: a.recv_into(b"abc")); t(lambda: a.recv(0)); t(lambda: a.recv_into(bytearray(3), 5)); t(lambda: a.recv_into(bytearray(3), -1)); t(lambda: a.recvfrom(-1)); t(lambda: a.recv_into(bytearray(0)))
t(lambda: a.recvfrom_into(bytearray(2), 3)); t(lambda: a.send(b"")); t(lambda: a.sendall(b"")); t(lambda: a.recv(1.0))
