# base64.py over binascii: the standard, URL-safe, base32, base16, base85
# and ascii85 codecs with their validation errors (needs re).
import base64
import binascii

data = bytes(range(40)) + b"hello world"
for encode, decode in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                       (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                       (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode),
                       (base64.b32hexencode, base64.b32hexdecode)]:
    encoded = encode(data)
    print(encode.__name__, encoded, decode(encoded) == data)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("+/8=", validate=True))
print(base64.encodebytes(bytes(100)), base64.decodebytes(b"AAAA\nAAAA\n"))
print(base64.standard_b64encode(b"abc"), base64.standard_b64decode(b"YWJj"))
for bad in [b"YWJ", b"YW!j", b"YWJj=", "é"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    base64.b16decode(b"abc")
except binascii.Error as e:
    print("Error", e)
print(base64.b16decode(b"abcd", casefold=True), base64.b32decode(b"MFRGG===", casefold=True))
