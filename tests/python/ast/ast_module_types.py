# The _ast module's classes: hierarchy, _fields, _attributes, defaults, docs,
# constructors and their errors, __reduce__, subclassing.
import _ast

print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
names = sorted(n for n in dir(_ast) if not n.startswith("__"))
print(len(names), names[:8], names[-8:])

for name in ["AST", "mod", "stmt", "expr", "Name", "Load", "operator", "Add", "arguments",
             "arg", "keyword", "comprehension", "withitem", "match_case", "pattern",
             "MatchAs", "TypeIgnore", "ExceptHandler", "excepthandler"]:
    cls = getattr(_ast, name)
    print(name, [c.__name__ for c in cls.__mro__], cls.__module__)
    print("  _fields", cls._fields, "__match_args__", cls.__match_args__)
    print("  _attributes", cls._attributes)

print(repr(_ast.expr.__doc__.splitlines()[:3]))
print(repr(_ast.operator.__doc__))
print(repr(_ast.mod.__doc__))
print(repr(_ast.arguments.__doc__))
print(repr(_ast.Name.__doc__), repr(_ast.Load.__doc__), repr(_ast.Pass.__doc__))
print(_ast.AST.__doc__)

# Optional fields and optional end positions default to None on the class.
print(_ast.Return.value, _ast.FunctionDef.returns, _ast.ImportFrom.level, _ast.Slice.step)
print(_ast.expr.end_lineno, _ast.stmt.end_col_offset, _ast.arg.annotation, _ast.keyword.arg)
print("end_lineno" in vars(_ast.pattern), "value" in vars(_ast.Expr))
for cls, attr in [(_ast.Module, "body"), (_ast.Name, "id"), (_ast.pattern, "end_lineno")]:
    try:
        getattr(cls(), attr)
    except AttributeError as e:
        print("AttributeError", e)

# Constructors.
n = _ast.Name("x", _ast.Load())
print(type(n).__name__, n.id, type(n.ctx).__name__, sorted(vars(n)))
n = _ast.Name(id="y", lineno=3, col_offset=4, other=5)
print(vars(n))
print(vars(_ast.BinOp(_ast.Constant(1), _ast.Add(), right=_ast.Constant(2)))["right"].value)
print(_ast.Constant(value=None).value, _ast.Constant(None, "u").kind)
for make in [lambda: _ast.Name("a", _ast.Load(), 3),
             lambda: _ast.Return(1, 2),
             lambda: _ast.Pass(1),
             lambda: _ast.AST(1),
             lambda: _ast.Name("x", id="y"),
             lambda: _ast.BinOp(1, 2, 3, 4)]:
    try:
        make()
    except TypeError as e:
        print("TypeError", e)

# __reduce__ gives (class, (), __dict__).
r = _ast.Name("x", _ast.Load(), lineno=1).__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
print(_ast.Load().__reduce__()[0] is _ast.Load, _ast.Load().__reduce__()[2])
print(isinstance(_ast.Name(), _ast.AST), isinstance(_ast.Name(), _ast.expr),
      isinstance(_ast.Add(), _ast.operator), issubclass(_ast.arg, _ast.AST))

# Separately constructed contexts are distinct objects.
print(_ast.Load() is _ast.Load(), type(_ast.Load()) is type(_ast.Load()))

# Subclassing from Python.
class MyNode(_ast.AST):
    _fields = ("alpha", "beta")

m = MyNode(1, beta=2)
print(m.alpha, m.beta, MyNode.__mro__[1].__name__)
try:
    MyNode(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

class Bad(_ast.AST):
    _fields = [1]

try:
    Bad(1)
except TypeError as e:
    print("TypeError", e)

class Tagged(_ast.Name):
    def describe(self):
        return f"{type(self).__name__}({self.id})"

t = Tagged("z", _ast.Load())
print(t.describe(), isinstance(t, _ast.Name), Tagged._fields)

# Node classes are mutable like any class.
_ast.Name.custom = 42
print(_ast.Name().custom)
del _ast.Name.custom
