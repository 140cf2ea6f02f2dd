# The _ssl names ssl.py reads at import, with values that do not depend on
# the OpenSSL build.
import ssl
import _ssl

print(ssl.OPENSSL_VERSION.startswith('OpenSSL '), type(ssl.OPENSSL_VERSION_NUMBER).__name__)
print(len(ssl.OPENSSL_VERSION_INFO), ssl.OPENSSL_VERSION_INFO[0] >= 1, len(ssl._OPENSSL_API_VERSION))
for name in ['HAS_SNI', 'HAS_ALPN', 'HAS_ECDH', 'HAS_NPN', 'HAS_SSLv2', 'HAS_SSLv3', 'HAS_TLSv1_2',
             'HAS_TLSv1_3', 'HAS_TLS_UNIQUE', 'HAS_NEVER_CHECK_COMMON_NAME']:
    print(name, getattr(ssl, name, getattr(_ssl, name, 'missing')))
print(repr(ssl.PROTOCOL_TLS_CLIENT), repr(ssl.PROTOCOL_TLS_SERVER), int(ssl.PROTOCOL_TLS))
print(repr(ssl.CERT_NONE), repr(ssl.CERT_OPTIONAL), repr(ssl.CERT_REQUIRED))
print(repr(ssl.VERIFY_X509_TRUSTED_FIRST), int(ssl.VERIFY_X509_STRICT), int(ssl.VERIFY_CRL_CHECK_CHAIN))
print(hex(ssl.OP_NO_TLSv1), hex(ssl.OP_NO_COMPRESSION), hex(ssl.OP_CIPHER_SERVER_PREFERENCE))
print(list(ssl.TLSVersion))
print(ssl.AlertDescription.ALERT_DESCRIPTION_HANDSHAKE_FAILURE.value, ssl.SSLErrorNumber.SSL_ERROR_EOF.value)
print(ssl.ALERT_DESCRIPTION_UNKNOWN_CA, ssl.SSL_ERROR_WANT_READ, ssl.SSL_ERROR_ZERO_RETURN)
print(sorted(k for k in dir(_ssl) if k.startswith('ALERT_'))[:3])

# The exception classes.
for cls in (ssl.SSLError, ssl.SSLZeroReturnError, ssl.SSLWantReadError, ssl.SSLWantWriteError,
            ssl.SSLSyscallError, ssl.SSLEOFError, ssl.SSLCertVerificationError):
    print(cls.__module__, cls.__name__, [b.__name__ for b in cls.__bases__], cls.__doc__.splitlines()[0])
print(ssl.CertificateError is ssl.SSLCertVerificationError)
e = ssl.SSLError(1, 'some message')
print(str(e), e.errno, e.strerror, e.args)
print(str(ssl.SSLError('only')), str(ssl.SSLError()))

# Module functions.
print(ssl.RAND_status(), len(ssl.RAND_bytes(16)), type(ssl.RAND_bytes(0)))
ssl.RAND_add(b'entropy', 1.5)
ssl.RAND_add('text', 0)
try:
    ssl.RAND_bytes(-1)
except ValueError as e:
    print('ValueError', e)
print(ssl._ssl.txt2obj('CN', name=True), ssl._ssl.txt2obj('2.5.4.3'))
print(ssl._ssl.txt2obj('serverAuth', name=True), ssl._ssl.nid2obj(129))
print(ssl.Purpose.SERVER_AUTH, ssl.Purpose.CLIENT_AUTH.oid)
for bad in (lambda: ssl._ssl.txt2obj('serverAuth'), lambda: ssl._ssl.nid2obj(-1),
            lambda: ssl._ssl.nid2obj(100000)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
paths = ssl.get_default_verify_paths()
print(type(paths).__name__, paths.openssl_cafile_env, paths.openssl_capath_env)
try:
    ssl.SSLSession()
except TypeError as e:
    print('TypeError', e)

# Certificates decoded to dicts.
decoded = ssl._ssl._test_decode_cert('/usr/lib/python3.11/test/allsans.pem')
for key, value in decoded.items():
    print(key, value)
print(ssl._ssl._test_decode_cert('/usr/lib/python3.11/test/nullbytecert.pem')['subjectAltName'])
try:
    ssl._ssl._test_decode_cert('/nonexistent.pem')
except ssl.SSLError as e:
    print('SSLError', e)
pem = open('/usr/lib/python3.11/test/keycert.pem').read()
der = ssl.PEM_cert_to_DER_cert(pem[pem.index('-----BEGIN CERTIFICATE'):])
print(len(der), ssl.DER_cert_to_PEM_cert(der)[:40])

# The module's types are immutable; SSLError can still be subclassed.
for cls in (_ssl._SSLContext, _ssl._SSLSocket, _ssl.MemoryBIO, _ssl.Certificate, _ssl.SSLSession,
            _ssl.SSLError):
    try:
        cls.value = None
    except TypeError as e:
        print(cls.__name__, 'TypeError', 'immutable type' in str(e))


class MyError(ssl.SSLError):
    pass


e = MyError(1, 'mine')
e.extra = 3
print(str(e), e.extra, [c.__name__ for c in MyError.__mro__])
