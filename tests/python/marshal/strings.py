# str forms (short/long ASCII, interned, unicode with surrogatepass) and bytes-likes.
import marshal

runtime_long = "a b" * 100
strs = ["", "a", "abc_1", "1abc", "a b", "x" * 300, "hello world", "é", "€uro",
        "\U0001f600", "\udc80", "a\ud800b", "\x00\x7f", "ÿ"]
for s in strs:
    print(ascii(s)[:30], [marshal.dumps(s, v)[:20] for v in range(5)])
    for version in range(5):
        back = marshal.loads(marshal.dumps(s, version))
        assert back == s and type(back) is str, (s, version)
print(marshal.dumps(runtime_long)[:12])
# hand-made strs
print(ascii(marshal.loads(b"a\x02\x00\x00\x00\xe9\xff")), ascii(marshal.loads(b"z\x03abc")),
      ascii(marshal.loads(b"u\x03\x00\x00\x00\xed\xb2\x80")), marshal.loads(b"t\x01\x00\x00\x00q"))
data = b"bytes\x00\xff"
ba = bytearray(b"xy")
mv = memoryview(b"abcd")[1:3]
print(marshal.dumps(data), marshal.dumps(data, 0), marshal.dumps(ba), marshal.dumps(mv))
print(marshal.loads(marshal.dumps(ba)), marshal.loads(marshal.dumps(mv)), marshal.loads(marshal.dumps(b"")))
print(marshal.dumps(None), marshal.dumps(...), marshal.dumps(StopIteration))
print(marshal.loads(b"N"), marshal.loads(b"."), marshal.loads(b"S"))
