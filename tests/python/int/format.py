vals = [0, 7, -7, 255, -255, 123456789, -(10**20), 2**64]
specs = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "c", "n", "e", "E", "f", "F", "g", "G", "%",
         "10", "<10", ">10", "^10", "=10", "*^12", "0>8", "+", "-", " ", "+08", "010", "_", ",", "_x", "_b",
         "#_o", ",d", "+,", "015,", "#010x", "#012_b", "=+10", ".2f", ".3e", ".0%", ".10g", "+.1e", "x<+#10x"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(v, out)
for v, s in [(1, ".2"), (1, ".2d"), (1, ",c"), (1, "+c"), (1, "#c"), (1, "z"), (1, "s"), (1, "_n"), (1, ",n"),
             (0x110000, "c"), (-1, "c"), (1, "=^5"), (1, ",_"), (1, "_,"), (1, "5.1x"), (1, "zd")]:
    try:
        print(repr(format(v, s)))
    except Exception as e:
        print(s, type(e).__name__, e)
print(f"{42:{'>'}{10}}", f"{42:#{'x'}}", "{:,}".format(10**20), "{:_}".format(-(10**10)))
print(format(True, "x"), format(True, ""), format(True, "s") if False else "", format(65, "c"), format(0x1F600, "c"))
print(int.__format__(5, "03"), (5).__format__(""), format(2**100, "e"), format(2**100, ".3g"), format(10**16, "f"))
print("%d %i %u %x %X %o %e %c" % (5, -5, 7, 255, 255, 8, 12345, 65))
print("%#x %#o %+d % d %05d %-5d| %*d %.*d %.3d" % (255, 8, 5, 5, -5, 5, 6, 3, 2, 7, -4))
