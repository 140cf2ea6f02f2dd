# Interpreter-made types refuse instantiation, pickling and copying; method
# and member descriptors reduce to getattr(owner, name); a generator takes
# its names from the function; throw() of a class whose call returns no
# exception throws the TypeError into the generator.
import copy, pickle, sys, types
for x in [str.upper, complex.real, [].append, len]:
    try: print(x.__reduce__(), x.__reduce_ex__(4))
    except Exception as e: print(type(e).__name__, e)
print(copy.deepcopy(str.upper), copy.copy(complex.real), pickle.loads(pickle.dumps(str.upper)))
def f(): yield 1
g = f()
for op in copy.copy, copy.deepcopy, pickle.dumps:
    try: op(g)
    except TypeError as e: print(e)
async def c(): pass
async def ag(): yield 1
co = c()
for t in [type(f()), type(co), type(ag()), type(sys._getframe()), type(len), type(str.upper), type(int.real), type(complex.real)]:
    try:
        t()
    except TypeError as e:
        print(t.__name__, e)
co.close()
print(g.__name__, g.__qualname__)
def func():
    yield 1
func.__name__ = "func_name"
func.__qualname__ = "func_qualname"
gen = func()
print(gen.__name__, gen.__qualname__)
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
gen = f()
try: gen.throw(E)
except TypeError as e: print(e)
try: next(gen)
except StopIteration: print("stop")
def h():
    try:
        yield
    except TypeError as e:
        print("inside", e)
y = h(); next(y)
try: y.throw(E)
except StopIteration: print("stop2")
try: raise E
except TypeError as e: print(e)
