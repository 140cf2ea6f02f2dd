# dir(module) is CPython's module_dir: the __dict__ attribute (which a subclass may
# replace: not a dict is TypeError), its __dir__ if it has one, else its keys.
import sys, types
print('exit' in dir(sys), sorted(dir(types.ModuleType('m'))))
class Foo(types.ModuleType):
    __dict__ = 8
try:
    dir(Foo("foo"))
except TypeError as e:
    print("TypeError", e)
class Bar(types.ModuleType):
    @property
    def __dict__(self):
        return {"a": 1, "__dir__": lambda: ["custom"]}
print(dir(Bar("bar")))
m = types.ModuleType("withdir")
m.__dir__ = lambda: ["z", "y"]
print(dir(m))
