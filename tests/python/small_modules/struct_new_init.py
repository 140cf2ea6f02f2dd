# struct.Struct is s_new (which ignores its arguments and leaves size -1)
# plus Struct.__init__(format); instances cannot be pickled or copied;
# docstrings are CPython's; unpack_from's offset overflows as a Py_ssize_t.
import copy
import pickle
import struct

S = struct.Struct


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


u = S.__new__(S)
attempt("uninitialised", lambda: (u.format, u.size))
attempt("uninitialised pack", lambda: u.pack())
attempt("uninitialised pack 1", lambda: u.pack(1))
attempt("uninitialised unpack", lambda: u.unpack(b""))
attempt("__new__ ignores arguments", lambda: S.__new__(S, "i", x=5).format)
attempt("__new__ of list", lambda: S.__new__(list))
attempt("__init__ again", lambda: S.__init__(u, "hh") or (u.format, u.size, u.pack(1, 2)))
attempt("__init__ keyword", lambda: S.__init__(u, format="b") or (u.format, u.size))
attempt("__init__ missing", lambda: S.__init__(u))
attempt("__init__ bad format", lambda: S.__init__(u, "zz"))
attempt("format kept, size not", lambda: (u.format, u.size))
attempt("keyword format", lambda: S(format="h").size)
attempt("twice", lambda: S("h", format="h"))
attempt("wrong keyword", lambda: S(fmt="h"))
attempt("none", lambda: S())
attempt("two", lambda: S("i", "x"))


class Extra(S):
    def __init__(self, fmt, extra):
        super().__init__(fmt)
        self.extra = extra


class Loose(S):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        pass


m = Extra("i", 5)
attempt("subclass __init__", lambda: (m.extra, m.size, m.format))
attempt("subclass skipping __init__", lambda: (lambda s: (s.size, s.format))(Loose("i", 5, z=1)))
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    attempt(f"pickle protocol {protocol}", lambda: pickle.dumps(S("i"), protocol))
attempt("copy", lambda: copy.copy(S("i")))
attempt("deepcopy", lambda: copy.deepcopy(S("i")))
attempt("__reduce_ex__(2)", lambda: S("i").__reduce_ex__(2))
attempt("__reduce__", lambda: S("i").__reduce__())
attempt("__getstate__", lambda: S("i").__getstate__())
attempt("pickle subclass", lambda: pickle.dumps(Extra("i", 5)))
attempt("unpack_from huge offset", lambda: S("i").unpack_from(b"abcd", 2**70))
attempt("unpack_from huge negative", lambda: struct.unpack_from("i", b"abcd", -(2**70)))
attempt("pack_into huge offset", lambda: S("i").pack_into(bytearray(4), 2**70, 1))
for name in ("pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "__sizeof__"):
    print(f"Struct.{name}", repr(getattr(S, name).__doc__))
print("Struct", repr(S.__doc__), repr(S.size.__doc__), repr(S.format.__doc__))
for name in ("pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "calcsize", "_clearcache"):
    func = getattr(struct, name)
    print(name, repr(func.__doc__), func.__text_signature__)
