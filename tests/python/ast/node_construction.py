# Building nodes by hand: positional/keyword fields, defaults, dump of partial
# nodes, copy and deepcopy (through __reduce__), isinstance with the
# deprecated aliases that ast.py defines.
import ast
import copy

n = ast.Name("x", ast.Load())
print(ast.dump(n), ast.dump(n, include_attributes=True))
print(ast.dump(ast.Name()))
print(ast.dump(ast.Constant(1, lineno=1)))
print(ast.dump(ast.FunctionDef("f")))
print(ast.dump(ast.arguments(), include_attributes=True))
print(ast.dump(ast.Return()), ast.Return().value)
print(ast.dump(ast.ImportFrom(module=None, names=[ast.alias("x")], level=0)))
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
print(ast.dump(ast.Call(ast.Name("f", ast.Load()), [], [ast.keyword(None, ast.Name("kw", ast.Load()))])))

for make in [lambda: ast.Name("a", ast.Load(), 3), lambda: ast.Expr(1, value=2)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

# Field order and match_args drive structural pattern matching on nodes.
def describe(node):
    match node:
        case ast.BinOp(ast.Constant(a), ast.Add(), ast.Constant(b)):
            return f"sum of constants {a} and {b}"
        case ast.Name(id=identifier):
            return f"name {identifier}"
        case ast.Call(func=ast.Name(id="print")):
            return "a print call"
        case _:
            return "something else"

for source in ["1 + 2", "spam", "print(3)", "x * y"]:
    print(describe(ast.parse(source, mode="eval").body))

# copy and deepcopy go through AST.__reduce__.
tree = ast.parse("x = [1, 2, 3]")
deep = copy.deepcopy(tree)
shallow = copy.copy(tree)
print(ast.dump(deep) == ast.dump(tree), deep.body is tree.body, shallow.body is tree.body)
deep.body[0].value.elts.append(ast.Constant(4))
print(len(tree.body[0].value.elts), len(deep.body[0].value.elts))
r = tree.body[0].__reduce__()
print(r[0] is ast.Assign, r[1], list(r[2]))

# Deprecated aliases from ast.py.
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
c = ast.Constant(3)
print(isinstance(c, ast.Num), isinstance(c, ast.Str), isinstance(ast.Constant("s"), ast.Str))
print(isinstance(ast.Constant(b"b"), ast.Bytes), isinstance(ast.Constant(None), ast.NameConstant),
      isinstance(ast.Constant(...), ast.Ellipsis))
num = ast.Num(5)
print(type(num).__name__, num.n, num.value, ast.dump(num))
print(ast.dump(ast.Str("text")), ast.Constant("q").s)
print(ast.dump(ast.Index(ast.Name("i", ast.Load()))))
print(ast.dump(ast.ExtSlice([ast.Slice(), ast.Constant(1)])))

# Node classes know their fields.
for cls in [ast.FunctionDef, ast.arguments, ast.comprehension, ast.MatchClass, ast.TypeIgnore]:
    print(cls.__name__, cls._fields, cls._attributes)
