# Function attributes: names, docs, annotations, __dict__, __code__'s co_* fields.
def plain(a, b: int = 1, *args: str, c, d: "D" = 2, **kw) -> bool:
    "Docstring here."
    x = a + b
    def inner():
        return x
    return inner

print(plain.__name__, plain.__qualname__, plain.__module__, plain.__doc__)
print(plain.__annotations__)
print(plain.__defaults__, plain.__kwdefaults__)
code = plain.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames, code.co_cellvars, code.co_freevars, code.co_nlocals)
print(code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0, code.co_firstlineno)
print(type(code).__name__, code.co_filename.endswith(".py"))

class Outer:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
def f():
    return lambda: 0
print(f().__qualname__)

def nodoc():
    pass
print(nodoc.__doc__, nodoc.__annotations__, nodoc.__kwdefaults__)
def not_doc():
    x = 1
    "not a docstring"
print(not_doc.__doc__)

nodoc.__name__ = "renamed"
nodoc.__qualname__ = "Some.renamed"
nodoc.__doc__ = "new doc"
print(nodoc.__name__, nodoc.__qualname__, nodoc.__doc__, repr(nodoc).split(" at ")[0])
for attr, value in [("__name__", 1), ("__qualname__", None), ("__code__", 1), ("__annotations__", 1)]:
    try:
        setattr(nodoc, attr, value)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del nodoc.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    nodoc.__globals__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
try:
    nodoc.__closure__ = ()
except AttributeError as e:
    print(type(e).__name__, e)

nodoc.custom = 5
print(nodoc.__dict__, vars(nodoc))
nodoc.__dict__ = {"other": 1}
print(nodoc.other, hasattr(nodoc, "custom"))
try:
    nodoc.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)
try:
    nodoc.missing
except AttributeError as e:
    print(type(e).__name__, e)

plain.__annotations__ = {"z": 1}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
print(plain.__globals__ is globals(), type(plain.__builtins__).__name__)

def swap_target(x):
    return x * 2
def swap_source(x):
    return x + 100
swap_target.__code__ = swap_source.__code__
print(swap_target(1), swap_target.__name__)

def gen():
    yield 1
async def coro():
    pass
print(gen.__code__.co_flags & 0x20 != 0, coro.__code__.co_flags & 0x80 != 0)
print(callable(plain), callable(1), type(plain).__name__)
print(plain.__code__.co_names)
def consts(a, b=2):
    "doc"
    x = (1, 2, "s")
    return a + b + 3.5 if x else None
print(consts.__code__.co_consts, (lambda: 5).__code__.co_consts, swap_source.__code__.co_consts)
print(type(gen.__code__.co_consts[0]).__name__, consts.__code__.co_stacksize > 0)
