vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1e16, 1e100, 0.1, 2.5, float("inf"), float("nan"), 999999.5]
fmts = ["%e", "%E", "%f", "%F", "%g", "%G", "%r", "%s", "%a", "%.0e", "%.3f", "%.0f", "%.10g", "%#.0f", "%#g", "%#.3g",
        "%+f", "% f", "%-12.3f|", "%12.3f", "%012.3f", "%+012.3e", "%-+12.1g|", "%#x" if False else "%d", "%i", "%u", "%.2d",
        "%5d", "%05.1f", "%.*f"]
for v in vals:
    out = []
    for f in fmts:
        try:
            out.append(f % ((2, v) if "*" in f else v))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(v), out)
for f, arg in [("%x", 1.5), ("%o", 2.0), ("%c", 65.0), ("%d", float("inf")), ("%d", float("nan")), ("%*.*f", (8, 2, 1.5)),
               ("%(a).2f %(b)e", {"a": 1.0, "b": 2.0}), ("%.2f%%", 50.0), ("%z", 1.0), ("%.2f", "x"), ("%f", None),
               ("%d", 1e100), ("%i", -2.7), ("%e", 10**400)]:
    try:
        print(repr(f % arg))
    except Exception as e:
        print(f, type(e).__name__, e)
print(b"%f %e %g %.2f" % (1.5, 2.5, 3.5, 4.567), b"%d" % 3.9)
