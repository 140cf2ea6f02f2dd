# mappingproxy's methods (|= refused, generic alias) and type.__new__'s
# argument-count message.
import types
print(sorted(set(dir(types.MappingProxyType({}))) - set(dir(object()))))
m = types.MappingProxyType({1: 2})
try:
    m |= {}
except TypeError as e:
    print(e)
print(m, types.MappingProxyType[int], m | {3: 4})
class M(type):
    pass
for args in [(5,), (), (1, 2, 3, 4), ("a", (), {}, 1)]:
    try:
        M(*args)
    except TypeError as e:
        print(e)
    try:
        type.__new__(M, *args)
    except TypeError as e:
        print(e)
class N(type, metaclass=M):
    pass
try:
    N(5)
except TypeError as e:
    print(e)
print(type(5), type.__new__(type, "X", (), {}).__name__)
