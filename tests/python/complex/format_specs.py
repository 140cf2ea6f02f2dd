vals = [0j, 1 + 2j, -1.5 - 2.25j, complex(1e20, -1e-20), complex(-0.0, -0.0), complex(float("inf"), float("nan")), 1j, 123456.789 + 0.5j]
specs = ["", "g", "e", "f", ".2f", ".3g", "+", " ", "+.1e", "20", "<30", ">30", "^30", "*^30.2f", ".0f", "#", "#.0f", ",", "_.3f", ",.2f", "z.1f", "G", "E", "F", "n", ".10"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("E:" + str(e))
    print(repr(v), out)
print(f"{1+2j:>20.3f}|", f"{-1j:^12}|", "{0.real:.2f}{0.imag:+.2f}j".format(3 + 4j), "%s|%r" % (2j, 2 + 0j))
print(str(1 + 0j), str(complex(0, 0)), repr(complex(1, -0.0)), repr(complex(-0.0, 1)), repr(complex(0.0, -1)))
print(repr(complex(1e16, 1)), repr(complex(1e-5, 1e17)), repr(complex(123456789.125, 0.1)), repr(1e-300j))
