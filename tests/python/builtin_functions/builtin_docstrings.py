# Docstrings of builtin functions, types, methods and attribute descriptors
# (doctest runs the examples in them; functools.wraps copies them).
import _io
import doctest
import functools
import builtins
import inspect

print(bin.__doc__)
print(max.__doc__.splitlines()[0])
print(int.__doc__.splitlines()[0])
print(bytes.__doc__.startswith("bytes("), bytearray.__doc__.startswith("bytearray("))
print(int.bit_count.__doc__)
print((13).bit_count.__doc__ == int.bit_count.__doc__)
print(complex.real.__doc__)
print(BaseException.args.__doc__)
print(_io.FileIO.closed.__doc__)
print(ValueError.__doc__)
print(dict.fromkeys.__doc__)
print(vars(int)["__new__"].__doc__)
print(list.append.__doc__)
print([].append.__doc__)
print(str.maketrans.__doc__.splitlines()[0])
print(vars(object)["__doc__"])

# A class defined in Python keeps its own (or no) docstring.
class C:
    "mine"
class D(int):
    pass
print(C.__doc__, D.__doc__)

@functools.wraps(max)
def wrapper():
    pass
print(wrapper.__name__, wrapper.__doc__.startswith("max("))

# The doctests of the builtins module (as test_builtin runs them).
finder = doctest.DocTestFinder()
tests = sorted(t.name for t in finder.find(builtins) if t.examples)
print(tests)
runner = doctest.DocTestRunner(verbose=False)
for test in finder.find(builtins):
    runner.run(test)
print(runner.summarize(verbose=False))

# method_descriptor.__get__ (inspect.isroutine relies on it).
upper = str.upper
print(upper.__get__("abc")(), upper.__get__(None, str) is upper)
for args in [(None, None), (None,), (1,)]:
    try:
        upper.__get__(*args)
    except TypeError as e:
        print("TypeError:", e)
print(inspect.signature(upper.__get__))
print(inspect.isroutine(bytes.hex), inspect.ismethoddescriptor(list.append))

# Methods that implement slots have the slot's docstring on every type.
def gen():
    yield
print(gen().__next__.__doc__)
print(type(gen()).__iter__.__doc__)
print(type(iter([])).__next__.__doc__)
print(type({}.keys()).__len__.__doc__)
