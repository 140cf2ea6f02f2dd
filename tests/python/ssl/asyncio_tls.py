# asyncio's TLS transports (SSLObject over MemoryBIOs, driven by the event
# loop) with a server and a client on localhost in one loop; then an
# SSLSocket whose read times out.
import asyncio
import socket
import ssl

TEST = '/usr/lib/python3.11/test/'
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(TEST + 'keycert3.pem')
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client_ctx.load_verify_locations(TEST + 'pycacert.pem')


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, ssl=server_ctx)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, ssl=client_ctx,
                                                   server_hostname='localhost')
    tls = writer.get_extra_info('ssl_object')
    print(type(tls).__name__, tls.version(), writer.get_extra_info('peercert')['subject'][-1])
    print(writer.get_extra_info('cipher')[1])
    for text in (b'hello async tls\n', b'x' * 50000 + b'\n'):
        writer.write(text)
        await writer.drain()
        answer = await reader.readline()
        print(len(answer), answer[:20])
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    try:
        await asyncio.open_connection('127.0.0.1', unused_port(), ssl=client_ctx,
                                      server_hostname='localhost')
    except OSError as e:
        print(type(e).__name__)


def unused_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


asyncio.run(main())

# A read timeout on an SSLSocket: the peer completes the handshake, then is silent.
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
client = client_ctx.wrap_socket(a, server_hostname='localhost', do_handshake_on_connect=False)
server = server_ctx.wrap_socket(b, server_side=True, do_handshake_on_connect=False)
done = set()
while len(done) < 2:
    for side in (client, server):
        if side not in done:
            try:
                side.do_handshake()
                done.add(side)
            except ssl.SSLWantReadError:
                pass
client.settimeout(0.1)
try:
    client.recv(10)
except TimeoutError as e:
    print('TimeoutError', e)
print(client.gettimeout())
client.close()
server.close()
