# Arrays of the same integer or 'u' typecode compare their stored items
# directly (arraymodule.c's compareitems): 'u' items that are no code point
# (wchar_t is a signed 32-bit int) compare without error, as negatives.
# Other pairs compare item objects, where such an item is ValueError.
import array
import sys

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

bad = array.array("u", b"\xff\xff\xff\xff")
a = array.array("u", "a")
attempt("bad < a", lambda: bad < a)
attempt("bad == bad", lambda: bad == array.array("u", b"\xff\xff\xff\xff"))
attempt("bad != a", lambda: bad != a)
attempt("bad >= a", lambda: bad >= a)
attempt("a > bad", lambda: a > bad)
attempt("bad <= bad+a", lambda: bad <= bad + a)
attempt("longer", lambda: bad + a > bad)


class Sub(array.array):
    pass


attempt("subclass", lambda: Sub("u", b"\xff\xff\xff\xff") < a)
attempt("other typecode", lambda: bad == array.array("b", [1]))
attempt("other typecode <", lambda: bad < array.array("i", [1]))
for code in "bBhHiIlLqQ":
    lo = array.array(code, [0, 1, 2])
    hi = array.array(code, [0, 1, 3])
    print(code, lo < hi, lo <= hi, lo == hi, lo != hi, lo > hi, lo >= hi, lo < lo[:2], lo[:2] < lo)
big = array.array("Q", [2**64 - 1])
print(big > array.array("Q", [1]), array.array("q", [-1]) < array.array("q", [0]))
