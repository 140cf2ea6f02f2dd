# A TLS client and server in one thread: two SSLObjects over MemoryBIO
# pairs, bytes pumped between them by hand.
import ssl

TEST = '/usr/lib/python3.11/test/'

client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client_ctx.load_verify_locations(TEST + 'pycacert.pem')
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(TEST + 'keycert3.pem')


def make_pair(hostname='localhost', cctx=client_ctx, sctx=server_ctx):
    c_in, c_out, s_in, s_out = (ssl.MemoryBIO() for _ in range(4))
    client = cctx.wrap_bio(c_in, c_out, server_hostname=hostname)
    server = sctx.wrap_bio(s_in, s_out, server_side=True)
    return client, server, (c_in, c_out, s_in, s_out)


def pump(bios):
    c_in, c_out, s_in, s_out = bios
    moved = 0
    data = c_out.read()
    if data:
        s_in.write(data)
        moved += len(data)
    data = s_out.read()
    if data:
        c_in.write(data)
        moved += len(data)
    return moved


def handshake(client, server, bios):
    done = {client: False, server: False}
    for _ in range(20):
        for side in (client, server):
            if done[side]:
                continue
            try:
                side.do_handshake()
                done[side] = True
            except ssl.SSLWantReadError:
                pass
        if not pump(bios) and all(done.values()):
            return True
    return all(done.values())


client, server, bios = make_pair()
print(type(client).__name__, client.server_side, server.server_side, client.server_hostname)
try:
    client.getpeercert()
except ValueError as e:
    print('ValueError', e)
print('version before', client.version(), client.cipher())
try:
    client.do_handshake()
except ssl.SSLWantReadError as e:
    print('want read', e.args[0], str(e).split(' (')[0])
print('handshake', handshake(client, server, bios))
print(client.version(), server.version())
print(client.cipher())
print(server.cipher() == client.cipher())
cert = client.getpeercert()
print(sorted(cert))
print(cert['subject'])
print(cert['subjectAltName'])
print(cert['OCSP'], cert['crlDistributionPoints'])
der = client.getpeercert(True)
print(type(der).__name__, len(der) > 500, ssl.DER_cert_to_PEM_cert(der).startswith('-----BEGIN CERTIFICATE-----'))
print('server sees client cert', server.getpeercert())
print('reused', client.session_reused)
print('alpn', client.selected_alpn_protocol())

client.write(b'hello server')
pump(bios)
print(server.pending(), server.read(5), server.pending(), server.read(100))
try:
    server.read(10)
except ssl.SSLWantReadError:
    print('server: want read')
server.write(b'x' * 20000)
pump(bios)
got = b''
while len(got) < 20000:
    got += client.read(4096)
print('client got', len(got))
buf = bytearray(8)
server.write(b'into buffer')
pump(bios)
print(client.read(8, buf), bytes(buf))
print(client.read(100))
try:
    client.read(-1)
except ValueError as e:
    print('ValueError', e)

# Closing: the client sends close_notify, the server answers.
try:
    client.unwrap()
except ssl.SSLWantReadError:
    print('client unwrap: want read')
pump(bios)
try:
    server.read(10)
except ssl.SSLZeroReturnError as e:
    print('server', type(e).__name__, e.args[0])
server.unwrap()
pump(bios)
print('client unwrap', client.unwrap())

# A hostname mismatch fails verification.
client, server, bios = make_pair('wronghost')
try:
    handshake(client, server, bios)
except ssl.SSLCertVerificationError as e:
    print(type(e).__name__, e.library, e.reason, e.verify_code, e.verify_message)
    print(isinstance(e, ValueError), isinstance(e, OSError), e.args[0])

# An unknown CA fails verification too.
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client, server, bios = make_pair(cctx=ctx)
try:
    handshake(client, server, bios)
except ssl.SSLCertVerificationError as e:
    print(e.reason, e.verify_code, e.verify_message)

# Without verification the peer's dict is empty; ALPN picks a common protocol.
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
ctx.set_alpn_protocols(['h2', 'http/1.1'])
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain(TEST + 'keycert.pem')
sctx.set_alpn_protocols(['http/1.1'])
sctx.maximum_version = ssl.TLSVersion.TLSv1_2
client, server, bios = make_pair(cctx=ctx, sctx=sctx)
print('handshake', handshake(client, server, bios))
print(client.getpeercert(), client.version(), client.selected_alpn_protocol(), server.selected_alpn_protocol())
print(len(client.get_channel_binding()), client.get_channel_binding() == server.get_channel_binding())

# Ragged EOF: the incoming side ends without close_notify.
bios[0].write_eof()
try:
    print(repr(client.read(10)))
except ssl.SSLError as e:
    print(type(e).__name__, e.args[0])
