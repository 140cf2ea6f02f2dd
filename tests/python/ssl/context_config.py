# SSLContext configuration: defaults per protocol, setters and their
# errors, loading certificates and CA stores.
import ssl
import warnings

TEST = '/usr/lib/python3.11/test/'


def show(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)


for proto in (ssl.PROTOCOL_TLS_CLIENT, ssl.PROTOCOL_TLS_SERVER):
    ctx = ssl.SSLContext(proto)
    print(ctx.protocol, hex(ctx.options), ctx.verify_mode, ctx.check_hostname, ctx.verify_flags,
          ctx.minimum_version, ctx.maximum_version, ctx.post_handshake_auth,
          ctx.hostname_checks_common_name, ctx.security_level, ctx.num_tickets)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    print([str(w.message) for w in caught], ctx.protocol)

ctx = ssl.create_default_context()
print(ctx.verify_mode, ctx.check_hostname, hex(ctx.options))
stats = ctx.cert_store_stats()
print(sorted(stats), stats['x509'] == stats['x509_ca'], stats['crl'])

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
show('cert_none', lambda: setattr(ctx, 'verify_mode', ssl.CERT_NONE))
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
print(ctx.verify_mode, ctx.check_hostname)
ctx.check_hostname = True
print('check_hostname forces', ctx.verify_mode)
ctx.verify_mode = ssl.CERT_OPTIONAL
print(ctx.verify_mode)
show('bad verify_mode', lambda: setattr(ctx, 'verify_mode', 7))

ctx.options |= ssl.OP_NO_TICKET
print(bool(ctx.options & ssl.OP_NO_TICKET))
ctx.options &= ~ssl.OP_NO_TICKET
print(bool(ctx.options & ssl.OP_NO_TICKET), type(ctx.options).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    ctx.options |= ssl.OP_NO_TLSv1
    print([str(w.message) for w in caught])
ctx.verify_flags |= ssl.VERIFY_X509_STRICT
print(ctx.verify_flags)
ctx.verify_flags = ssl.VERIFY_DEFAULT
print(repr(ctx.verify_flags))

ctx.minimum_version = ssl.TLSVersion.TLSv1_2
ctx.maximum_version = ssl.TLSVersion.TLSv1_3
print(repr(ctx.minimum_version), repr(ctx.maximum_version))
ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
ctx.maximum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED
print(repr(ctx.minimum_version), repr(ctx.maximum_version))
show('bad version', lambda: setattr(ctx, 'minimum_version', 42))
ctx.hostname_checks_common_name = False
print(ctx.hostname_checks_common_name, ctx._host_flags)
ctx.post_handshake_auth = True
print(ctx.post_handshake_auth)
show('client num_tickets', lambda: setattr(ctx, 'num_tickets', 3))
server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server.num_tickets = 5
print(server.num_tickets)
show('negative tickets', lambda: setattr(server, 'num_tickets', -1))

ctx.set_ciphers('ECDHE+AESGCM')
names = [c['name'] for c in ctx.get_ciphers()]
print('TLS_AES_256_GCM_SHA384' in names, 'ECDHE-RSA-AES128-GCM-SHA256' in names)
cipher = [c for c in ctx.get_ciphers() if c['name'] == 'ECDHE-RSA-AES128-GCM-SHA256'][0]
for key in sorted(cipher):
    print(' ', key, cipher[key])
show('set_ciphers', lambda: ctx.set_ciphers('nonsense'))
ctx.set_alpn_protocols(['h2', 'http/1.1'])
show('alpn too long', lambda: ctx.set_alpn_protocols(['x' * 300]))

# Certificates and keys.
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(TEST + 'keycert.pem')
ctx.load_cert_chain(TEST + 'ssl_cert.pem', TEST + 'ssl_key.pem')
ctx.load_cert_chain(TEST + 'keycert.passwd.pem', password='somepass')
ctx.load_cert_chain(TEST + 'keycert.passwd.pem', password=b'somepass')
ctx.load_cert_chain(TEST + 'keycert.passwd.pem', password=lambda: 'somepass')
show('bad password', lambda: ctx.load_cert_chain(TEST + 'keycert.passwd.pem', password='wrong'))
show('password type', lambda: ctx.load_cert_chain(TEST + 'keycert.passwd.pem', password=3))
show('callback type', lambda: ctx.load_cert_chain(TEST + 'keycert.passwd.pem', password=lambda: 3))
show('badcert', lambda: ctx.load_cert_chain(TEST + 'badcert.pem'))
show('mismatch', lambda: ctx.load_cert_chain(TEST + 'keycert.pem', TEST + 'keycert2.pem'))
show('missing', lambda: ctx.load_cert_chain('/nonexistent/cert.pem'))
show('certfile type', lambda: ctx.load_cert_chain(42))

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print(ctx.cert_store_stats(), ctx.get_ca_certs())
ctx.load_verify_locations(TEST + 'pycacert.pem')
print(ctx.cert_store_stats())
print(ctx.get_ca_certs()[0]['subject'])
print(len(ctx.get_ca_certs(True)[0]))
ctx.load_verify_locations(TEST + 'keycert.pem')
print(ctx.cert_store_stats())
pem = open(TEST + 'pycacert.pem').read()
ctx2 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx2.load_verify_locations(cadata=pem)
ctx2.load_verify_locations(cadata=pem)
print(ctx2.cert_store_stats())
ctx3 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx3.load_verify_locations(cadata=ssl.PEM_cert_to_DER_cert(pem[pem.index('-----BEGIN CERTIFICATE'):]))
print(ctx3.cert_store_stats())
show('no args', lambda: ctx.load_verify_locations())
show('cadata str', lambda: ctx.load_verify_locations(cadata='junk'))
show('cadata bytes', lambda: ctx.load_verify_locations(cadata=b'junk'))
show('cadata type', lambda: ctx.load_verify_locations(cadata=42))
show('cafile missing', lambda: ctx.load_verify_locations('/nonexistent.pem'))
show('cafile bad', lambda: ctx.load_verify_locations(TEST + 'badcert.pem'))
show('cafile type', lambda: ctx.load_verify_locations(42))
ctx.load_verify_locations(capath=TEST)
ctx.set_default_verify_paths()
ctx.load_default_certs()
print('defaults loaded')

# DH parameters, ECDH curves, session statistics, fixed-version protocols.
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_dh_params(TEST + 'ffdh3072.pem')
show('dh not dh', lambda: ctx.load_dh_params(TEST + 'keycert.pem'))
show('dh missing', lambda: ctx.load_dh_params('/nonexistent.pem'))
ctx.set_ecdh_curve('prime256v1')
ctx.set_ecdh_curve(b'secp384r1')
show('curve unknown', lambda: ctx.set_ecdh_curve('foo'))
show('curve type', lambda: ctx.set_ecdh_curve(1))
print(ctx.session_stats())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)
    print([str(w.message) for w in caught], ctx.protocol, ctx.minimum_version, ctx.verify_mode)
show('version on fixed', lambda: setattr(ctx, 'minimum_version', ssl.TLSVersion.TLSv1_2))
show('bad protocol', lambda: ssl.SSLContext(42))
show('null hostname', lambda: ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='a\x00b'))
show('empty hostname', lambda: ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname=''))
show('dot hostname', lambda: ctx._wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), False, '.example.org'))
show('server hostname', lambda: type(ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_side=True,
                                                  server_hostname='x')).__name__)
show('Certificate', lambda: ssl._ssl.Certificate())
