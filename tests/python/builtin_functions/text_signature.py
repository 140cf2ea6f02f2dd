# __text_signature__ of builtin functions and method descriptors, and what
# inspect.signature() makes of it.
import inspect
import math

samples = [
    len, divmod, isinstance, repr, abs, math.sqrt, math.floor,
    list.append, [].append, list.copy, list.pop, dict.get, {}.get, dict.setdefault,
    str.upper, "x".upper, str.strip, str.join,
    int.bit_length, (5).bit_length, int.from_bytes, dict.fromkeys, bytes.hex,
    tuple.count, int.__format__, object.__reduce_ex__,
    str.encode, str.splitlines, bytes.decode, int.to_bytes, str.center,
]
for f in samples:
    signature = f.__text_signature__
    try:
        shown = str(inspect.signature(f))
    except ValueError as e:
        shown = f"ValueError {e}"
    print(type(f).__name__, f.__qualname__, signature, shown)

# A module function's __self__ is its module, which inspect leaves out of the signature.
print(len.__self__, math.sqrt.__self__, str.maketrans.__self__, [].append.__self__)
try:
    len.__text_signature__ = "(x)"
except AttributeError as e:
    print("AttributeError", e)
print("__text_signature__" in dir(len), "__text_signature__" in dir(list.append))
