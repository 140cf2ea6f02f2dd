# printf-style formatting of bytes and bytearray (PEP 461).
def show(expr):
    try:
        result = eval(expr)
    except Exception as error:
        result = f"{type(error).__name__}: {error}"
    print(expr, "->", repr(result))

class WithBytes:
    def __bytes__(self):
        return b"<wb>"

class Index:
    def __index__(self):
        return 66

for T in ("bytes", "bytearray"):
    print("==", T)
    for expr in [
        "T(b'%s') % b'abc'", "T(b'%b') % bytearray(b'abc')", "T(b'%s') % WithBytes()",
        "T(b'%s') % 'text'", "T(b'%b') % 5", "T(b'%5s|%-5s|') % (b'ab', b'cd')",
        "T(b'%.2s') % b'abcdef'", "T(b'%r') % 'caf\\xe9'", "T(b'%a') % [1, 'x']",
        "T(b'%d %i %u') % (1, -2, 3)", "T(b'%5d|%-5d|%05d') % (42, 42, -42)",
        "T(b'%+d % d') % (5, 5)", "T(b'%x %X %o') % (255, 255, 8)", "T(b'%#x %#o') % (255, 8)",
        "T(b'%f %.2e %g') % (1.5, 12345.678, 0.0001)", "T(b'%d') % 3.9", "T(b'%x') % 3.9",
        "T(b'%d') % 'x'", "T(b'%c') % 65", "T(b'%c') % b'Z'", "T(b'%c') % bytearray(b'Y')",
        "T(b'%c') % 256", "T(b'%c') % -1", "T(b'%c') % None", "T(b'%c') % 'a'", "T(b'%c') % b'ab'", "T(b'%c') % Index()",
        "T(b'%(x)s-%(y)d') % {b'x': b'X', b'y': 2}", "T(b'%(x)s') % {'x': b'X'}",
        "T(b'%s %s') % (b'a',)", "T(b'%s') % (b'a', b'b')", "T(b'%%') % ()",
        "T(b'no args') % ()", "T(b'no args') % b'x'", "T(b'no args') % 'x'",
        "T(b'no args') % {}", "T(b'no args') % [1]", "T(b'x') % bytearray(b'x')", "T(b'%y') % 1", "T(b'%') % 1", "T(b'%*d|%-*d') % (4, 1, 4, 2)",
        "T(b'%.*f') % (2, 3.14159)", "T(b'\\xff%s\\x00') % b'\\x80'",
        "T(b'%s') % None", "T(b'%d%%') % 50", "T(b'%(a)s') % (1,)",
    ]:
        show(expr.replace("T(", T + "("))

print(type(b"%s" % b"x").__name__, type(bytearray(b"%s") % b"x").__name__)
print(b"%s" % bytearray(b"q"), "%s" % b"str-format")
