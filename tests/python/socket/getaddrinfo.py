# getaddrinfo/getnameinfo on numeric hosts: CPython's shapes and enums.
import socket

res = socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM)
print(res)
family, type_, proto, canon, addr = res[0]
print(repr(family), repr(type_), proto, repr(canon), addr)
print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_DGRAM))
print(socket.getaddrinfo("::1", 8080, socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getaddrinfo(b"127.0.0.1", None, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("127.0.0.1", 80, flags=socket.AI_CANONNAME, type=socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", 80, proto=socket.IPPROTO_TCP))
try:
    socket.getaddrinfo("not-a-number", 80, flags=socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print(type(e).__name__, e.errno, e.strerror, e.errno == socket.EAI_NONAME)
try:
    socket.getaddrinfo("127.0.0.1", 1.5)
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.getaddrinfo(5, 80)
except TypeError as e:
    print(e)
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("::1", 443, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
for bad in [5, ("127.0.0.1",)]:
    try:
        socket.getnameinfo(bad, 0)
    except TypeError as e:
        print(e)
try:
    socket.getnameinfo(("127.0.0.1", 80, 0, 0), 0)
except OSError as e:
    print(e)
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname(""))
print(type(socket.gethostname()).__name__, len(socket.gethostname()) > 0)
print(socket.AddressFamily.AF_INET, socket.SocketKind.SOCK_STREAM, int(socket.AF_INET6))
print(socket.MsgFlag.MSG_PEEK, socket.AddressInfo.AI_PASSIVE)
print(socket.has_ipv6, socket.SOMAXCONN > 0, socket.SHUT_RDWR)
