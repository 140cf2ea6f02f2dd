# Repeating an empty array gives an empty array at once, whatever the count;
# a non-empty one that would be too large raises MemoryError.
import array
import sys

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

attempt("empty * 2**62", lambda: array.array("i") * 2**62)
attempt("2**62 * empty", lambda: 2**62 * array.array("d"))
attempt("empty.__mul__(2**62)", lambda: array.array("b").__mul__(2**62))
attempt("empty * -3", lambda: array.array("i") * -3)
attempt("full * -3", lambda: array.array("i", [1]) * -3)
attempt("full * 2**62", lambda: array.array("i", [1, 2, 3]) * 2**62)
attempt("full * 2**70", lambda: array.array("i", [1]) * 2**70)
attempt("empty * 2**70", lambda: array.array("i") * 2**70)


def inplace(a, n):
    a *= n
    return a


attempt("empty *= 2**62", lambda: inplace(array.array("i"), 2**62))
attempt("full *= 0", lambda: inplace(array.array("i", [4]), 0))
attempt("full *= 3", lambda: inplace(array.array("i", [4, 5]), 3))
