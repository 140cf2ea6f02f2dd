print(b"%s %s" % (b"a", bytearray(b"b")), b"%d %i %x %X %o %c %c" % (5, -5, 255, 255, 8, 65, b"z"), b"%r %a" % ("é", b"x"))
print(b"%5s|%-5s|%.1s|" % (b"ab", b"ab", b"ab"), b"%%", b"%(k)s" % {b"k": b"v"}, b"%05.1f %e %g" % (2.25, 1.5, 0.5))
print(b"%s" % memoryview(b"mv"), b"%b" % b"bb", b"%#x %#o" % (255, 8), b"%*d" % (4, 7))
class WithBytes:
    def __bytes__(self):
        return b"WB"
print(b"%s" % WithBytes(), b"%b" % WithBytes())
for fmt, arg in [(b"%s", "str"), (b"%s", 5), (b"%c", 256), (b"%c", "a"), (b"%c", b"ab"), (b"%d", b"1"), (b"%y", 1), (b"%s %s", (1,)),
                 (b"%s", (b"a", b"b")), (b"%(a)s", {"a": b"x"}), (b"%x", 1.5), (b"abc", 5)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError) as e:
        print(fmt, type(e).__name__, e)
print(bytearray(b"%s-%d") % (b"x", 3), type(bytearray(b"%s") % b"y").__name__)
