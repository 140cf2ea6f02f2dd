# The server's SNI callback over MemoryBIO pairs: what it receives, switching
# the context, failing with an alert, raising; shared_ciphers on both sides.
import ssl
import sys

TEST = '/usr/lib/python3.11/test/'


def make_pair(sctx, hostname='localhost', cctx=None):
    if cctx is None:
        cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        cctx.load_verify_locations(TEST + 'pycacert.pem')
    bios = [ssl.MemoryBIO() for _ in range(4)]
    client = cctx.wrap_bio(bios[0], bios[1], server_hostname=hostname)
    server = sctx.wrap_bio(bios[2], bios[3], server_side=True)
    return client, server, bios


def handshake(client, server, bios):
    done = set()
    for _ in range(20):
        for side in (client, server):
            if side in done:
                continue
            try:
                side.do_handshake()
                done.add(side)
            except ssl.SSLWantReadError:
                pass
        bios[2].write(bios[1].read())
        bios[0].write(bios[3].read())
        if len(done) == 2:
            return True
    return False


def attempt(label, client, server, bios):
    try:
        print(label, handshake(client, server, bios))
    except ssl.SSLError as e:
        print(label, type(e).__name__, e.reason)


seen = []
other = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
other.load_cert_chain(TEST + 'keycert3.pem')
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain(TEST + 'keycert.pem')


def switch(sslobj, name, ctx):
    seen.append((type(sslobj).__name__, name, ctx is sctx))
    sslobj.context = other


sctx.sni_callback = switch
print(sctx.sni_callback is switch)
client, server, bios = make_pair(sctx)
attempt('switched', client, server, bios)
print(seen, server.context is other)
print(client.getpeercert()['issuer'][-1])
shared = server.shared_ciphers()
print(type(shared).__name__, len(shared) > 3, shared[0] in [c for c in shared], client.shared_ciphers())

sctx.set_servername_callback(lambda sslobj, name, ctx: ssl.ALERT_DESCRIPTION_ACCESS_DENIED)
client, server, bios = make_pair(sctx)
attempt('alert', client, server, bios)

hook_calls = []
sys.unraisablehook = lambda unraisable: hook_calls.append(
    (unraisable.exc_type.__name__, unraisable.err_msg, type(unraisable.object).__name__))
sctx.sni_callback = lambda sslobj, name, ctx: 1 / 0
client, server, bios = make_pair(sctx)
attempt('raising', client, server, bios)
sctx.sni_callback = lambda sslobj, name, ctx: 'wrong'
client, server, bios = make_pair(sctx)
attempt('wrong type', client, server, bios)
print(hook_calls)

sctx.sni_callback = None
print(sctx.sni_callback)
for bad in (4, ''):
    try:
        sctx.sni_callback = bad
    except TypeError as e:
        print('TypeError', e)
try:
    ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).sni_callback = switch
except ValueError as e:
    print('ValueError', e)
