# operator.length_hint treats a TypeError from __len__/__length_hint__ as
# "unknown"; struct counts beyond sys.maxsize are struct.error; the
# iter_unpack iterator type cannot be instantiated.
import itertools
import operator
import struct
import sys

print(operator.length_hint(itertools.repeat(None, 50)), operator.length_hint(itertools.repeat(None), 12))


class BadLen:
    def __len__(self):
        raise TypeError("no len")

    def __length_hint__(self):
        return 7


class BadHint:
    def __length_hint__(self):
        raise TypeError("no hint")


class Failing:
    def __length_hint__(self):
        raise ValueError("boom")


print(operator.length_hint(BadLen()), operator.length_hint(BadHint(), 3))
try:
    operator.length_hint(Failing())
except ValueError as e:
    print("ValueError", e)
for fmt in "{}b".format(sys.maxsize + 1), "{}b{}H".format(sys.maxsize // 2, sys.maxsize // 2):
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print("struct.error", e)
print(struct.calcsize("10b"), struct.calcsize("3H"))
try:
    type(struct.Struct(">ibcp").iter_unpack(b""))()
except TypeError as e:
    print("TypeError", e)

# pack_into/unpack_from bounds, with exact offsets in the messages.
byte_list = bytearray(10)
for call in [lambda: struct.pack_into("<I", byte_list, -2, 123),
             lambda: struct.pack_into("<B", byte_list, -11, 123),
             lambda: struct.unpack_from("<I", byte_list, -2),
             lambda: struct.unpack_from("<B", byte_list, -11),
             lambda: struct.pack_into("<I", bytearray(10), sys.maxsize, 1),
             lambda: struct.unpack_from("<I", bytearray(10), sys.maxsize),
             lambda: struct.unpack_from("<I", bytearray(10), 8),
             lambda: struct.unpack_from("<I", bytearray(10), -4)]:
    try:
        print(call())
    except struct.error as e:
        print("struct.error", e)
