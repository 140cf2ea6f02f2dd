# FLAG_REF and TYPE_REF (version >= 3): shared objects are written once.
import marshal

x = [1]
pair = [x, x]
print(marshal.dumps(pair), marshal.dumps(pair, 2))
s = "shared text"
t = (s, s, s)
print(marshal.dumps(t), marshal.dumps(t, 2))
back = marshal.loads(marshal.dumps(t))
print(back[0] is back[1] is back[2])
back = marshal.loads(marshal.dumps(pair))
print(back[0] is back[1], marshal.loads(marshal.dumps(pair, 2))[0] is marshal.loads(marshal.dumps(pair, 2))[1])
# recursive structures
a = []
a.append(a)
r = marshal.loads(marshal.dumps(a))
print(r, r[0] is r, marshal.dumps(a))
d = {}
d["self"] = d
r = marshal.loads(marshal.dumps(d))
print(r["self"] is r)
# a tuple referring to itself through a reference read while it is filled
tup = marshal.loads(b"\xa9\x02r\x00\x00\x00\x00N")
print(tup[1], tup[0] is tup)
f = 2.5
fl = [f, f]
print(marshal.dumps(fl))
# version 2 has no references: a recursive list cannot be written
try:
    marshal.dumps(a, 2)
except ValueError as e:
    print("v2:", e)
for bad in [b"r\x00\x00\x00\x00", b"[\x01\x00\x00\x00r\x05\x00\x00\x00", b"\xbe\x01\x00\x00\x00r\x00\x00\x00\x00"]:
    try:
        marshal.loads(bad)
    except ValueError as e:
        print(bad, e)
