# array_new's order: a str or unicode-array initializer is refused, and any
# other initializer is iterated (iter() called), before the typecode is looked
# up; _array_reconstructor decodes the UTF formats strictly.
import array
import sys

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

attempt("w with str", lambda: array.array("w", "abc"))
attempt("x with str", lambda: array.array("x", "abc"))
attempt("x with unicode array", lambda: array.array("x", array.array("u", "a")))
attempt("x with int", lambda: array.array("x", 5))
attempt("x with list", lambda: array.array("x", [1]))
attempt("x with bytes", lambda: array.array("x", b"ab"))


class Loud:
    def __iter__(self):
        print("iter called")
        return iter([1, 2])


attempt("x with iterable", lambda: array.array("x", Loud()))
attempt("b with iterable", lambda: array.array("b", Loud()))
attempt("b with bad item", lambda: array.array("b", iter([1, 300])))

reconstruct = array._array_reconstructor
attempt("utf-32 odd length", lambda: reconstruct(array.array, "u", 21, b"\x01\x00\x00\x00"))
attempt("utf-32-be out of range", lambda: reconstruct(array.array, "u", 21, b"\x01\x00\x00\x00" * 2))
attempt("utf-32-be surrogate", lambda: reconstruct(array.array, "u", 21, b"\x00\x00\xd8\x00" * 2))
attempt("utf-16-le lone surrogate", lambda: reconstruct(array.array, "u", 18, b"\x00\xd8a\x00"))
attempt("utf-16-be lone low", lambda: reconstruct(array.array, "u", 19, b"\xdc\x00\x00a"))
attempt("utf-16-be pair", lambda: reconstruct(array.array, "u", 19, "\U0001f600".encode("utf-16-be")))
attempt("utf-16-le text", lambda: reconstruct(array.array, "u", 18, "héllo!".encode("utf-16-le")))
attempt("utf-32-be text", lambda: reconstruct(array.array, "u", 21, "ab".encode("utf-32-be")))
attempt("utf for i", lambda: reconstruct(array.array, "i", 21, "ab".encode("utf-32-be")))
attempt("subscript the type", lambda: array.array[int])
