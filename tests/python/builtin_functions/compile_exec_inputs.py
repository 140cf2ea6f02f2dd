# compile()/exec()/eval() sources: bytes-like objects, str subclasses, NUL
# bytes; types.FunctionType(); dir() with a dict-subclass locals; format()
# with a str-subclass spec; bool(NotImplemented) warns.
import array
import types
import warnings

for source in bytearray(b"1+2"), memoryview(b"1+2"), array.array("b", b"1+2"):
    print(type(source).__name__, eval(source), exec(source),
          eval(compile(source, "name", "eval")))


class Text(str):
    pass


print(eval(Text("6*7")))

for source in chr(0), b"\0", "a\0b", memoryview(b"x\0"):
    for run in (lambda s: compile(s, "f", "exec"), exec, eval):
        try:
            run(source)
        except (ValueError, SyntaxError) as e:
            print(type(e).__name__, e)


def f(a, b=2):
    return a + b + x


def outer():
    y = 1

    def inner():
        return y
    return inner


inner = outer()
for args in [(inner.__code__, {}), (inner.__code__, {}, None, None, (1,)),
             (f.__code__, {}, None, None, (1,)), (f.__code__, {}, None, None, [1]),
             (f.__code__, {}, 5), (f.__code__, {}, None, [1]), (5, {}), (f.__code__, 5)]:
    try:
        types.FunctionType(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(types.FunctionType(inner.__code__, {}, None, None, inner.__closure__)())
g = types.FunctionType(f.__code__, {"x": 3, "__name__": "mod"}, "nm", (1,))
print(g(1), g.__name__, g.__qualname__, g.__module__, g.__defaults__)
print(types.FunctionType(f.__code__, {"__builtins__": {"x": 10}})(1, 2))
try:
    types.FunctionType(f.__code__, {}, kwdefaults={})
except TypeError as e:
    print("TypeError", e)


class Locals(dict):
    def __getitem__(self, key):
        if key == "a":
            return 12
        return dict.__getitem__(self, key)

    def keys(self):
        return list("zyx")


print(eval("a", {}, Locals()), eval("dir()", {}, Locals()))
print(format(3, Text("5")) + "|")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(bool(NotImplemented), not NotImplemented)
print([(w.category.__name__, str(w.message)) for w in caught])
