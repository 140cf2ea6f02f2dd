# marshal of ints: TYPE_INT inside 32 bits, TYPE_LONG (15-bit digits) beyond, every version.
import marshal

values = [0, 1, -1, 255, 1000, -1000, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
          2**40, -2**40, 2**62, 2**63, 2**64 - 1, -(2**64), 10**30, -(10**30), 1 << 1000]
for v in values:
    for version in range(5):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        assert back == v and type(back) is int, (v, version)
    print(v if v < 2**70 else "big", marshal.dumps(v, 2), marshal.dumps(v)[:24])

# bools are their own codes
print(marshal.dumps(True), marshal.dumps(False), marshal.loads(b"T"), marshal.loads(b"F"))
# TYPE_INT64 is still read
print(marshal.loads(b"I\x01\x00\x00\x00\x01\x00\x00\x00"), marshal.loads(b"I\xff\xff\xff\xff\xff\xff\xff\xff"))
# hand-made longs
print(marshal.loads(b"l\xfe\xff\xff\xff\x01\x00\x02\x00"), marshal.loads(b"l\x00\x00\x00\x00"))
class MyInt(int):
    pass
try:
    marshal.dumps(MyInt(3))
except ValueError as e:
    print("subclass:", e)
