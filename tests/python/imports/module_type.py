# types.ModuleType: construction, subclasses, attributes, a module object put in sys.modules by hand.
import sys
ModuleType = type(sys)
class Sub(ModuleType):
    def hello(self):
        return "hello from " + self.__name__
m = Sub("subbed")
print(type(m).__name__, m.hello(), m, isinstance(m, ModuleType))
m.x = 5
print(m.x, m.__dict__["x"], sorted(k for k in vars(m)))
try:
    ModuleType()
except TypeError as e:
    print(e)
try:
    ModuleType(5)
except TypeError as e:
    print(e)
print(ModuleType.__name__, ModuleType.__module__)
del m.x
try:
    m.x
except AttributeError as e:
    print(e)
print(dir(m)[:3])
sys.modules["subbed"] = m
import subbed
print(subbed is m)
from subbed import hello
print(hello())
