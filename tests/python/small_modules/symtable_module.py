# symtable over _symtable (the compiler's symbol table, stdlib/_symtable.ts):
# raw entries (symbols with flags and scopes, varnames, children, types,
# line numbers, nesting), the symtable module's views, and CPython's errors.
import _symtable
import symtable
import warnings

SOURCE = '''
import os.path, sys as system
from __future__ import annotations
g = 1
def outer(a, /, b=2, *args, c, **kw) -> int:
    global g
    v: int = 1
    def inner(x=v):
        nonlocal v
        v += x
        return [y * v for y in range(a) if y]
    async def coro():
        await inner()
        return {k: v for k in args}
    lambda q, *r: (q, r, b)
    return inner
class C(Base, metaclass=Meta):
    attr: int
    __private = 1
    def method(self):
        return super().method(), __class__, self.__private
    @staticmethod
    def gen():
        yield from (z for z in C.__private)
def uses_walrus(items):
    return [last := item for item in items], last
'''


def dump(entry, depth=0):
    names = sorted(entry.symbols.items())
    print("  " * depth + entry.name, entry.type, entry.lineno, entry.nested, entry.varnames, names)
    for child in entry.children:
        dump(child, depth + 1)


top = _symtable.symtable(SOURCE.replace("from __future__ import annotations\n", ""), "mod.py", "exec")
dump(top)
print(top.children is top.children, top.children[0] is top.children[0], type(top).__name__)
print(repr(top).startswith("<symtable entry top("), repr(top).endswith("), line 0>"))
dump(_symtable.symtable("x + y", "e", "eval"))
dump(_symtable.symtable("z = 1; w", "s", "single"))
dump(_symtable.symtable(b"# coding: latin-1\nr = 'caf\xe9'\n", "b", "exec"))

table = symtable.symtable(SOURCE.replace("from __future__ import annotations\n", ""), "mod.py", "exec")
print(table, table.get_type(), table.get_identifiers() and sorted(table.get_identifiers()))
outer = table.lookup("outer").get_namespace()
print(outer, outer.get_type(), outer.get_parameters(), outer.get_locals(), outer.get_globals())
print(outer.is_optimized(), outer.is_nested(), outer.has_children(), outer.get_lineno())
inner = outer.lookup("inner").get_namespace()
print(inner.get_frees(), inner.get_nonlocals(), inner.is_nested(), [c.get_name() for c in inner.get_children()])
v = outer.lookup("v")
print(v.is_local(), v.is_annotated(), v.is_assigned(), v.is_referenced(), v.is_free(), v.is_namespace())
cls = table.lookup("C").get_namespace()
print(cls, cls.get_methods(), sorted(cls.get_identifiers()))
for name in ("os", "system", "g", "C", "Base"):
    s = table.lookup(name)
    print(s, s.is_imported(), s.is_global(), s.is_declared_global(), s.is_local(), s.is_namespace())
print(outer.lookup("g").is_declared_global(), outer.lookup("a").is_parameter())
try:
    table.lookup("outer").get_namespace().lookup("missing")
except KeyError as error:
    print("KeyError", error)

future = _symtable.symtable(SOURCE, "fut.py", "exec")
print(sorted(future.symbols.items()), [c.name for c in future.children])

for args in (
    ("def f(x): foo)(", "spam", "exec"),
    ("def f(x): global x", "spam", "exec"),
    ("global x\nx = 1\ndef g():\n    nonlocal x", "spam", "exec"),
    ("nonlocal y", "spam", "exec"),
    ("def f(a, a): pass", "spam", "exec"),
    ("class A:\n    [(w := 1) for _ in []]", "spam", "exec"),
    ("1 +", "spam", "eval"),
    ("x", "spam", "compile"),
    (1, "spam", "exec"),
    ("x", 1, "exec"),
    ("x", "spam", 1),
    ("x\0", "spam", "exec"),
    ("x", "sp\0am", "exec"),
):
    try:
        print(sorted(_symtable.symtable(*args).symbols))
    except SyntaxError as error:
        print(type(error).__name__, error.msg, error.filename, error.lineno, error.offset)
    except Exception as error:
        print(type(error).__name__, error)

print(_symtable.symtable("v = 1", b"bytes.py", "exec").symbols)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(_symtable.symtable("v = 1", memoryview(b"view.py"), "exec").symbols)
print([str(w.message) for w in caught], caught[0].category.__name__)
try:
    type(top)()
except TypeError as error:
    print(error)
try:
    top.name = "other"
except AttributeError as error:
    print(error)
print({name: getattr(_symtable, name) for name in sorted(dir(_symtable)) if name.isupper()})
print(_symtable.symtable.__doc__)
