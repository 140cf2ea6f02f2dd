# TLS over real sockets in one thread: both ends of a socketpair, wrapped
# non-blocking, each step retried on SSLWantRead/WriteError; then a
# blocking client against a server in a child process.
import socket
import ssl
import subprocess
import sys

TEST = '/usr/lib/python3.11/test/'
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client_ctx.load_verify_locations(TEST + 'pycacert.pem')
client_ctx.set_alpn_protocols(['h2', 'http/1.1'])
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(TEST + 'keycert3.pem')
server_ctx.set_alpn_protocols(['http/1.1'])

a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
client = client_ctx.wrap_socket(a, server_hostname='localhost', do_handshake_on_connect=False)
server = server_ctx.wrap_socket(b, server_side=True, do_handshake_on_connect=False)
print(type(client).__name__, client.server_hostname, server.server_side)
try:
    client.do_handshake()
except ssl.SSLWantReadError as e:
    print('want read', e.args[0])

done = set()
for _ in range(50):
    for name, side in (('client', client), ('server', server)):
        if name in done:
            continue
        try:
            side.do_handshake()
            done.add(name)
        except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
            pass
    if len(done) == 2:
        break
print(sorted(done), client.version(), client.cipher()[0], server.selected_alpn_protocol())
print(client.getpeercert()['subject'][-1], len(client.getpeercert(binary_form=True)) > 0)

client.sendall(b'ping over tls')
data = b''
for _ in range(50):
    try:
        data += server.recv(100)
        break
    except ssl.SSLWantReadError:
        pass
print(data, server.pending())
server.send(b'pong')
for _ in range(50):
    try:
        print(client.recv(2), client.pending(), client.recv(10))
        break
    except ssl.SSLWantReadError:
        pass
try:
    client.recv(10)
except ssl.SSLWantReadError as e:
    print('nothing to read:', type(e).__name__)
client.close()
server.close()

# A timeout: nothing ever arrives.
a, b = socket.socketpair()
a.settimeout(0.2)
client = client_ctx.wrap_socket(a, server_hostname='localhost', do_handshake_on_connect=False)
try:
    client.do_handshake()
except TimeoutError as e:
    print('TimeoutError', str(e).endswith('The handshake operation timed out'))
client.close()
b.close()

# Blocking sockets: the server is a child process on the other end.
SERVER = """
import socket, ssl, sys
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(sys.argv[2])
ctx.set_alpn_protocols(['http/1.1'])
sock = socket.socket(fileno=int(sys.argv[1]))
conn = ctx.wrap_socket(sock, server_side=True)
message = conn.recv(100)
conn.sendall(message.upper())
conn.unwrap().close()
"""
a, b = socket.socketpair()
child = subprocess.Popen([sys.executable, '-c', SERVER, str(b.fileno()), TEST + 'keycert3.pem'],
                         pass_fds=(b.fileno(),))
b.close()
with client_ctx.wrap_socket(a, server_hostname='localhost') as tls:
    print(tls.version(), tls.selected_alpn_protocol())
    tls.sendall(b'blocking hello')
    print(tls.recv(100))
    plain = tls.unwrap()
    print(type(plain).__name__, plain.recv(10))
    plain.close()
print(child.wait())
