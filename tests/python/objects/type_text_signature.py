# type.__text_signature__: builtin types that CPython gives a signature
# (object, list, itertools.count...) have it, so inspect.signature() works on
# them and on classes that inherit object's construction; others have None.
# A class's own docstring in the "Name(sig)\n--\n\n" form gives one too.
import dataclasses
import inspect
import itertools
import types

for t in (object, int, dict, list, tuple, float, complex, enumerate, reversed,
          property, memoryview, itertools.count, itertools.groupby,
          types.FunctionType, types.CellType, types.ModuleType, types.MethodType):
    print(t.__name__, t.__text_signature__)


class Plain:
    pass


class Documented:
    "Documented(a, b=1)\n--\n\nA class."


class Other:
    "Other has no signature"


print(Plain.__text_signature__, Documented.__text_signature__, Other.__text_signature__)
print(inspect.signature(object), inspect.signature(Plain), inspect.signature(list))


@dataclasses.dataclass(init=False)
class NoInit:
    x: int


print(inspect.signature(NoInit))
try:
    inspect.signature(int)
except ValueError as error:
    print("ValueError:", error)
