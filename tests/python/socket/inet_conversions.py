# inet_aton/ntoa/pton/ntop and the byte-order functions.
import socket

print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_aton("0x7f.1"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_ntoa(bytearray(b"\xff\xff\xff\xff")))
print(socket.inet_pton(socket.AF_INET, "10.0.0.1"))
print(socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_pton(socket.AF_INET6, "2001:db8::ff00:42:8329"))
print(socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x00\x01"))
for packed in [bytes(16), b"\x00" * 15 + b"\x01", bytes.fromhex("20010db8000000000000ff0000428329"),
               bytes.fromhex("00000000000000000000ffff01020304"),
               bytes.fromhex("fe800000000000000000000000000001")]:
    print(socket.inet_ntop(socket.AF_INET6, packed))
calls = [
    lambda: socket.inet_aton("1.2.3.4.5"),
    lambda: socket.inet_aton(b"1.2.3.4"),
    lambda: socket.inet_ntoa(b"123"),
    lambda: socket.inet_ntoa("abcd"),
    lambda: socket.inet_pton(socket.AF_INET, "300.1.1.1"),
    lambda: socket.inet_pton(12345, "1.2.3.4"),
    lambda: socket.inet_ntop(socket.AF_INET, b"12"),
    lambda: socket.inet_ntop(12345, b"1234"),
    lambda: socket.htons(-1),
    lambda: socket.htons(70000),
    lambda: socket.htonl(-1),
    lambda: socket.htonl(2**32),
    lambda: socket.htonl(1.5),
    lambda: socket.ntohs("x"),
    lambda: socket.CMSG_LEN(-1),
]
for call in calls:
    try:
        print(call())
    except (OSError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304), socket.htonl(True))
print(socket.htons(0xffff), socket.htonl(0xffffffff))
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4), socket.CMSG_SPACE(0))
