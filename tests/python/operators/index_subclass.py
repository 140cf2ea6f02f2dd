# __index__ returning a bool or an int subclass: accepted with a DeprecationWarning.
seq = list(range(10))
class IdxBool:
    def __index__(self):
        return True
class IntSub(int):
    pass
class IdxSub:
    def __index__(self):
        return IntSub(4)
print(seq[IdxBool()])
print(seq[IdxSub()])
print(seq[IdxSub()])
import operator
r = operator.index(IdxSub())
print(r, type(r).__name__)
print(hex(IdxBool()), "ab" * IdxBool())
class IdxStr:
    def __index__(self):
        return "4"
try:
    seq[IdxStr()]
except TypeError as e:
    print(type(e).__name__, e)
