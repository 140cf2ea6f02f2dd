# Generator objects: gi_frame, gi_running, gi_code, gi_yieldfrom, names, repr.
def state(g):
    if g.gi_running:
        return "RUNNING"
    if g.gi_frame is None:
        return "CLOSED"
    return "CREATED" if g.gi_frame.f_lasti == -1 else "SUSPENDED"

def gen(a):
    b = a + 1
    yield b
    yield b + 1

g = gen(1)
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_code is gen.__code__)
print(g.gi_running, g.gi_frame is not None, g.gi_yieldfrom, state(g))
print(next(g), g.gi_frame.f_locals, state(g), g.gi_frame.f_lineno)
list(g)
print(g.gi_frame, state(g), g.gi_running)
print(repr(g).startswith("<generator object gen at "), type(g).__name__)

class K:
    def method(self):
        yield 1
print(K().method().__qualname__)
g2 = gen(5)
g2.__name__ = "renamed"
print(g2.__name__, g2.__qualname__)
try:
    g2.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)

def self_ref():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield f"{type(e).__name__}: {e}"
me = self_ref()
print(next(me), next(me))

def outer():
    yield from inner_gen
inner_gen = gen(10)
o = outer()
next(o)
print(o.gi_yieldfrom is inner_gen)

ge = (x for x in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__, ge.gi_code.co_name, ge.gi_code.co_varnames)
import types
print(isinstance(g, types.GeneratorType), gen.__code__.co_flags & 0x20 == 0x20)
def not_gen():
    return 1
print(not_gen.__code__.co_flags & 0x20)
