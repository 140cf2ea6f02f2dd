# fromfile/tofile as arraymodule.c drives the file object: fromfile hands
# everything read() returned to frombytes (a partial item is ValueError and
# nothing is added), a count whose byte size overflows Py_ssize_t is
# MemoryError before read() is called; tofile looks up write once per 64 KiB
# block and not at all for an empty array.
import array
import io
import sys

sys.path.insert(0, "lib")
from attempt import attempt  # noqa: E402

a = array.array("h")
attempt("partial item", lambda: a.fromfile(io.BytesIO(b"abc"), 2))
print(a)
attempt("short whole items", lambda: a.fromfile(io.BytesIO(b"abcd"), 3))
print(a)


class Reader:
    def read(self, n):
        print("read", n)
        return b""


attempt("huge count h", lambda: array.array("h").fromfile(Reader(), 2**62))
attempt("huge count d", lambda: array.array("d").fromfile(Reader(), 2**61))
attempt("max ssize b", lambda: array.array("b").fromfile(Reader(), 2**63 - 1))
attempt("large count d", lambda: array.array("d").fromfile(Reader(), 2**51))
attempt("beyond ssize", lambda: array.array("b").fromfile(Reader(), 2**63))


class Writer:
    def __getattr__(self, name):
        print("lookup", name)
        return lambda data: print("write", len(data))


attempt("tofile empty", lambda: array.array("b").tofile(Writer()))
attempt("tofile two blocks", lambda: array.array("b", bytes(70000)).tofile(Writer()))
attempt("tofile no write", lambda: array.array("b").tofile(5))
attempt("tofile no write, items", lambda: array.array("b", [1]).tofile(5))
