# TLS 1.2 session resumption over MemoryBIO pairs, SSLSession's attributes
# and checks, and the keylog file.
import os
import ssl
import tempfile

TEST = '/usr/lib/python3.11/test/'
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client_ctx.load_verify_locations(TEST + 'pycacert.pem')
client_ctx.maximum_version = ssl.TLSVersion.TLSv1_2
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(TEST + 'keycert3.pem')


def connect(session=None, cctx=client_ctx):
    bios = [ssl.MemoryBIO() for _ in range(4)]
    client = cctx.wrap_bio(bios[0], bios[1], server_hostname='localhost', session=session)
    server = server_ctx.wrap_bio(bios[2], bios[3], server_side=True)
    done = set()
    for _ in range(20):
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


client, server = connect()
session = client.session
print(type(session).__name__, client.session_reused, len(session.id), session.has_ticket)
print(session.time > 0, session.timeout > 0, session.ticket_lifetime_hint > 0)
print(session == client.session, session != client.session, session == 1)
print(server.session is not None)

client2, server2 = connect(session)
print('reused', client2.session_reused, server2.session_reused, client2.session == session)

client3, server3 = connect()
print('fresh', client3.session_reused, client3.session == session)
for label, action in [
    ('after handshake', lambda: setattr(client3, 'session', session)),
    ('not a session', lambda: setattr(client3, 'session', 'x')),
    ('server side', lambda: setattr(server3, 'session', session)),
    ('other context', lambda: connect(session, ssl.create_default_context())),
    ('create', lambda: ssl.SSLSession()),
]:
    try:
        action()
        print(label, 'ok')
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'keys.log')
    client_ctx.keylog_filename = path
    print(client_ctx.keylog_filename == path)
    connect()
    with open(path) as f:
        lines = f.read().splitlines()
    print(lines[0], len(lines), sorted({line.split()[0] for line in lines[1:]}))
    client_ctx.keylog_filename = None
    connect()
    with open(path) as f:
        print(len(f.read().splitlines()) == len(lines), client_ctx.keylog_filename)
    try:
        client_ctx.keylog_filename = os.path.join(tmp, 'missing', 'keys.log')
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename.endswith('keys.log'))
