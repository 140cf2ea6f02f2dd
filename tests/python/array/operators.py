# Comparisons, +, *, +=, *=, in, iteration, len, bool, hash.
import array


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        # Messages naming the type itself say 'array.array' in CPython (tp_name).
        message = str(e)
        print(label, "->", type(e).__name__, message if "array'" not in message
              and 'array"' not in message else "(names the type)")
    else:
        print(label, "->", result)


a = array.array("i", [1, 2, 3])
b = array.array("i", [1, 2, 4])
print(a == a, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == array.array("l", [1, 2, 3]), a == array.array("d", [1.0, 2.0, 3.0]))
print(a < array.array("i", [1, 2, 3, 0]), array.array("i") < a, a == [1, 2, 3])
attempt("lt list", lambda: a < [1, 2])
n = array.array("d", [float("nan")])
print(n == n, n != n)
print(a + b, a * 2, 2 * a, a * 0, a * -1, len(a * 3))
attempt("add list", lambda: a + [1])
attempt("add kind", lambda: a + array.array("h"))
attempt("radd list", lambda: [1] + a)
attempt("mul str", lambda: a * "x")
attempt("rmul str", lambda: "x" * a)
attempt("__mul__ str", lambda: a.__mul__("x"))
attempt("mul float", lambda: a * 1.5)
c = array.array("i", [5])
c += array.array("i", [6])
c *= 2
print(c)
attempt("iadd list", lambda: c.__iadd__([1]))
attempt("iadd kind", lambda: c.__iadd__(array.array("h")))
attempt("imul str", lambda: c.__imul__("x"))
c *= 0
print(c, bool(c), bool(a), len(c))
print(2 in a, 5 in a, 2.0 in a, "x" in a)
print(list(a), [x for x in reversed(a)], sum(array.array("d", [0.5, 0.25])))
it = iter(a)
print(next(it), list(it), type(it).__name__)
grow = array.array("b", [1])
for item in grow:
    if len(grow) < 4:
        grow.append(item + 1)
print(grow)
attempt("hash", lambda: hash(a))
print(max(a), min(a), sorted(array.array("h", [3, -1, 2])))


class Other:
    def __radd__(self, other):
        return "radd"

    def __rmul__(self, other):
        return "rmul"


print(a + Other(), a * Other())
