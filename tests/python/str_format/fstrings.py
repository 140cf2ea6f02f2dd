x, y, name = 42, 3.14159, "world"
print(f"{x}", f"{x!r}", f"{name!r:>10}", f"{y:.2f}", f"{x:#x}", f"{x=}", f"{y = :.1f}", f"{name=!s}", f"{x + 1=}")
print(f"{'nested'}", f"{f'{x}'}", f"{x:{'>'}{10}}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{(lambda: 5)()}", f"{x if x else y}")
width, prec = 12, 3
print(f"{y:{width}.{prec}}", f"{y:{width}.{prec}f}|", f"{'s':{'*'}^{width}}", f"{x:0{width}d}", f"{x:_b}", f"{-x:+,}")
print(f"{{}}", f"{{{x}}}", f"a{{b", f"{x}{y}{name}", f"{'a' 'b'}", f"{x!s:^8}|", f"{3.0:g}", f"{1e-7:g}", f"{10**20:e}")
class C:
    def __format__(self, spec):
        return f"C[{spec}]"
    def __repr__(self):
        return "C()"
c = C()
print(f"{c}", f"{c:abc}", f"{c!r}", f"{c!r:>6}", f"{c:{x}}", format(c), format(c, ""))
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(object(), "") [:8], format(None), format(None, ""), format([1], ""), format((1, 2)))
for bad in ["f'{x:d}'.replace('x', 'y')", "f'{name:d}'", "f'{x:s}'", "f'{y:d}'", "f'{x:.2q}'", "f'{name:=10}'"]:
    try:
        print(eval(bad))
    except ValueError as e:
        print(type(e).__name__, e)
print(f"{'multi' + chr(10) + 'line'!r}", f"{3!a}", f"{'é'!a}", f"""{
x
}""", f"{x:{'<'}{'5'}}|")
d = {"key": "value"}
print(f"{d['key']}", f"{d!r}", f"{len(d)}", f"{x:>{width}}|", f"{name.upper():.3}")
