# The module-level struct functions look their format up in a dict cache:
# an unhashable format fails there, before Struct() sees it.
import struct


def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("calcsize bytearray", lambda: struct.calcsize(bytearray(b"ii")))
attempt("pack bytearray", lambda: struct.pack(bytearray(b"i"), 1))
attempt("unpack list", lambda: struct.unpack(["i"], b"abcd"))
attempt("calcsize int", lambda: struct.calcsize(5))
attempt("Struct bytearray", lambda: struct.Struct(bytearray(b"i")))
attempt("calcsize bytes", lambda: struct.calcsize(b"ii"))
attempt("calcsize str", lambda: struct.calcsize("ii"))
