# "takes no keyword arguments": CPython names the function as
# _PyObject_FunctionStr does (module.qualname, "Struct.pack", "list.index"),
# except a METH_VARARGS function called directly, which shows its bare name.
import _struct
import gc
import math
import operator
import time
import zlib


def attempt(label, thunk):
    try:
        thunk()
    except TypeError as e:
        print(label, "->", e)


attempt("struct.pack", lambda: _struct.pack("i", x=1))
attempt("struct.pack_into", lambda: _struct.pack_into("i", x=1))
attempt("struct.unpack", lambda: _struct.unpack("i", buffer=b"abcd"))
attempt("struct.iter_unpack", lambda: _struct.iter_unpack("i", buffer=b"abcd"))
attempt("struct.calcsize", lambda: _struct.calcsize(format="i"))
attempt("Struct.pack", lambda: _struct.Struct("i").pack(x=1))
attempt("Struct.pack_into", lambda: _struct.Struct("i").pack_into(x=1))
attempt("Struct.unpack", lambda: _struct.Struct("i").unpack(buffer=b"abcd"))
attempt("zlib.crc32", lambda: zlib.crc32(data=b""))
attempt("zlib.adler32", lambda: zlib.adler32(data=b""))
attempt("math.hypot", lambda: math.hypot(x=1))
attempt("math.gcd", lambda: math.gcd(x=1))
attempt("operator.add", lambda: operator.add(x=1))
attempt("list.index", lambda: [].index(x=1))
attempt("list.insert", lambda: [].insert(x=1))
attempt("dict.get", lambda: {}.get(x=1))
attempt("dict.fromkeys", lambda: dict.fromkeys(x=1))
attempt("str.count", lambda: "a".count(x=1))
attempt("str.startswith", lambda: "a".startswith(x=1))
attempt("bytes.count", lambda: b"a".count(x=1))
attempt("getattr", lambda: getattr(1, "x", x=2))
attempt("divmod", lambda: divmod(x=1))
# METH_VARARGS functions: the bare name.
attempt("math.log", lambda: math.log(x=1))
attempt("time.gmtime", lambda: time.gmtime(seconds=1))
attempt("time.strftime", lambda: time.strftime(format="%Y"))
attempt("gc.set_threshold", lambda: gc.set_threshold(threshold0=1))
