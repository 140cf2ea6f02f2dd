# The TLS message callback (SSLContext._msg_callback) over MemoryBIO pairs:
# what it sees of a TLS 1.2 and a TLS 1.3 handshake, and an exception it
# raises surfacing from the SSL call.
import ssl

TEST = '/usr/lib/python3.11/test/'


def connect(cctx, sctx, steps=20):
    bios = [ssl.MemoryBIO() for _ in range(4)]
    client = cctx.wrap_bio(bios[0], bios[1], server_hostname='localhost')
    server = sctx.wrap_bio(bios[2], bios[3], server_side=True)
    done = set()
    for _ in range(steps):
        for side in (client, server):
            if side not in done:
                try:
                    side.do_handshake()
                    done.add(side)
                except ssl.SSLWantReadError:
                    pass
        bios[2].write(bios[1].read())
        bios[0].write(bios[3].read())
    return client, server


def contexts(maximum):
    cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    cctx.load_verify_locations(TEST + 'pycacert.pem')
    cctx.maximum_version = maximum
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(TEST + 'keycert3.pem')
    return cctx, sctx


for maximum in (ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3):
    cctx, sctx = contexts(maximum)
    seen = []

    def record(conn, direction, version, content_type, msg_type, data):
        seen.append((type(conn).__name__, direction, str(version), str(content_type), str(msg_type),
                     type(data).__name__))

    cctx._msg_callback = record
    print(cctx._msg_callback is record)
    client, server = connect(cctx, sctx)
    print(client.version(), len(seen))
    for entry in seen:
        if entry[3] != '_TLSContentType.HEADER':
            print(' ', entry)

cctx, sctx = contexts(ssl.TLSVersion.TLSv1_3)


def failing(*args):
    raise RuntimeError('from the callback')


cctx._msg_callback = failing
try:
    connect(cctx, sctx)
except RuntimeError as e:
    print('RuntimeError', e)
cctx._msg_callback = None
print(cctx._msg_callback)
try:
    cctx._msg_callback = 3
except TypeError as e:
    print('TypeError', e)
