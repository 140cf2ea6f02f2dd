# memoryview over bytes and bytearray (one-dimensional, format 'B').
def show(expr):
    try:
        result = eval(expr)
    except Exception as error:
        result = f"{type(error).__name__}: {error}"
    print(expr, "->", repr(result))

m = memoryview(b"abcdef")
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.readonly, m.contiguous)
print(m[::2].strides, m[::2].contiguous, m[::2].c_contiguous, m[1:1].contiguous)
for expr in [
    "m[0]", "m[-1]", "m[1:3].tobytes()", "m[::-1].tolist()", "len(m[::2])", "m[10]", "m['x']",
    "m == b'abcdef'", "m[::2] == b'ace'", "m == 'abc'", "m != b'x'", "hash(m) == hash(b'abcdef')",
    "hash(memoryview(bytearray(b'x')))", "m.hex(':')", "bytes(m[::2])", "list(m)", "m.obj",
    "memoryview('x')", "memoryview(m).obj", "m.toreadonly().readonly",
    "memoryview(bytearray(b'a')).readonly", "bytearray(m[1:4])", "b'x' + m[0:2]",
    "int.from_bytes(m[0:2], 'big')", "m[1:4].tobytes().decode()", "memoryview(m[2:])[1]",
]:
    show(expr)
ba = bytearray(b"abc")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"XY"
print(ba)
ba[2] = 90
print(mv.tobytes(), mv[2])
for statement in ["mv[0:2] = b'x'", "mv[0] = 300", "mv[0] = 'a'", "m[0] = 1"]:
    try:
        exec(statement)
    except Exception as error:
        print(statement, "->", type(error).__name__, error)
mv.release()
try:
    mv[0]
except ValueError as error:
    print(error)
with memoryview(b"q") as w:
    print(w.tobytes())
print(repr(mv).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
