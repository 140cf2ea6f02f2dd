# pop() and insert() take a Py_ssize_t: ints past 2**53 but inside 64 bits
# are out-of-range indexes (IndexError / clamped), only ints beyond 64 bits
# are OverflowError.
import array
import sys

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

a = array.array("b", [1])
attempt("pop 2**60", lambda: a.pop(2**60))
attempt("pop -2**60", lambda: a.pop(-(2**60)))
attempt("pop 2**63", lambda: a.pop(2**63))
attempt("insert 2**60", lambda: a.insert(2**60, 5))
attempt("insert -2**60", lambda: a.insert(-(2**60), 6))
attempt("insert -2**63", lambda: a.insert(-(2**63), 7))
attempt("insert -2**63-1", lambda: a.insert(-(2**63) - 1, 8))
attempt("insert str", lambda: a.insert("x", 8))
print(a)
