# floats and complex: binary (version >= 2) and '%.17g' text (versions 0 and 1).
import marshal

floats = [0.0, -0.0, 1.5, 0.1, -2.75, 1e300, 1e-300, 5e-324, 1e16, 123456789.123,
          float("inf"), float("-inf")]
for f in floats:
    print(repr(f), marshal.dumps(f, 0), marshal.dumps(f, 1), marshal.dumps(f, 2), marshal.dumps(f))
    for version in range(5):
        back = marshal.loads(marshal.dumps(f, version))
        assert type(back) is float and repr(back) == repr(f), (f, version)
nan = float("nan")
print(marshal.dumps(nan, 1), repr(marshal.loads(marshal.dumps(nan, 1))), repr(marshal.loads(marshal.dumps(nan))))
tiny = 1e-300 * 1e-20
print(marshal.dumps(tiny, 1))
complexes = [1j, complex(1.5, -2), complex(-0.0, 0.0), complex(1e300, 1e-300)]
for c in complexes:
    print(repr(c), marshal.dumps(c, 1), marshal.dumps(c, 2), marshal.dumps(c))
    for version in range(5):
        assert repr(marshal.loads(marshal.dumps(c, version))) == repr(c)
print(marshal.loads(b"f\x051e+02"), marshal.loads(b"x\x011\x03-.5"))
class F(float):
    pass
try:
    marshal.dumps(F(1.0))
except ValueError as e:
    print("subclass:", e)
