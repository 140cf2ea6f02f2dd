# compile() of hand-built trees made from _ast classes, run with exec/eval.
import _ast

def at(node, line=1, col=0, **more):
    node.lineno = line
    node.col_offset = col
    for key, value in more.items():
        setattr(node, key, value)
    return node

L, S = _ast.Load(), _ast.Store()

# x = 6 * 7; print(x)
tree = _ast.Module(
    body=[
        at(_ast.Assign(targets=[at(_ast.Name("x", S))],
                       value=at(_ast.BinOp(at(_ast.Constant(6)), _ast.Mult(), at(_ast.Constant(7)))))),
        at(_ast.Expr(at(_ast.Call(at(_ast.Name("print", L)), [at(_ast.Name("x", L))], []))), 2),
    ],
    type_ignores=[],
)
code = compile(tree, "<tree>", "exec")
print(type(code).__name__, code.co_filename)
exec(code)

# eval mode: Expression
expr = _ast.Expression(at(_ast.BinOp(at(_ast.Constant(2)), _ast.Pow(), at(_ast.Constant(10)))))
print(eval(compile(expr, "<expr>", "eval")))

# single mode takes an Interactive node.
single = _ast.Interactive([at(_ast.Assign([at(_ast.Name("y", S))], at(_ast.Constant("single"))))])
exec(compile(single, "<single>", "single"))
print(y)

# A function with defaults, keyword-only arguments and a docstring.
args = _ast.arguments(
    posonlyargs=[], args=[at(_ast.arg("a")), at(_ast.arg("b"))], vararg=None,
    kwonlyargs=[at(_ast.arg("c"))], kw_defaults=[at(_ast.Constant(100))], kwarg=None,
    defaults=[at(_ast.Constant(10))])
body = [
    at(_ast.Expr(at(_ast.Constant("adds three numbers")))),
    at(_ast.Return(at(_ast.BinOp(
        at(_ast.BinOp(at(_ast.Name("a", L)), _ast.Add(), at(_ast.Name("b", L)))),
        _ast.Add(), at(_ast.Name("c", L))))), 2),
]
fn = _ast.Module([at(_ast.FunctionDef("add3", args, body, [], None, None))], [])
namespace = {}
exec(compile(fn, "<fn>", "exec"), namespace)
add3 = namespace["add3"]
print(add3(1), add3(1, 2), add3(1, 2, c=3), add3.__doc__, add3.__code__.co_firstlineno)

# Loops, comparisons, augmented assignment, if/else.
loop = _ast.Module([
    at(_ast.Assign([at(_ast.Name("total", S))], at(_ast.Constant(0)))),
    at(_ast.For(at(_ast.Name("i", S)),
                at(_ast.Call(at(_ast.Name("range", L)), [at(_ast.Constant(5))], [])),
                [at(_ast.If(at(_ast.Compare(at(_ast.Name("i", L)), [_ast.Gt()], [at(_ast.Constant(1))])),
                            [at(_ast.AugAssign(at(_ast.Name("total", S)), _ast.Add(), at(_ast.Name("i", L))))],
                            []))],
                [], None)),
    at(_ast.Expr(at(_ast.Call(at(_ast.Name("print", L)), [at(_ast.Constant("total")), at(_ast.Name("total", L))], [])))),
], [])
exec(compile(loop, "<loop>", "exec"))

# Missing end positions default to the start position.
code = compile(_ast.Expression(at(_ast.Name("undefined_name", L), 5, 2)), "<pos>", "eval")
try:
    eval(code)
except NameError as e:
    print("NameError", e, e.__traceback__.tb_next.tb_lineno)

# Constants of every kind compile.
for value in [None, True, 1, 2 ** 80, 1.5, 2j, "s", b"b", ..., (1, (2, "x")), frozenset({3})]:
    got = eval(compile(_ast.Expression(at(_ast.Constant(value))), "<c>", "eval"))
    print(repr(got), got == value)

# PyCF_ONLY_AST on a tree returns the tree itself.
print(compile(tree, "<tree>", "exec", _ast.PyCF_ONLY_AST) is tree)

# compile() of a parsed tree, after changing it.
parsed = compile("result = 1 + 2", "<p>", "exec", _ast.PyCF_ONLY_AST)
parsed.body[0].value.op = _ast.Sub()
ns = {}
exec(compile(parsed, "<p>", "exec"), ns)
print(ns["result"])

# Subclass instances of node classes compile too.
class MyConst(_ast.Constant):
    pass
print(eval(compile(_ast.Expression(at(MyConst(99))), "<sub>", "eval")))

# The code of a tree whose positions are missing in places reports a traceback line.
bad = _ast.Module([at(_ast.Expr(at(_ast.BinOp(at(_ast.Constant(1)), _ast.Div(), at(_ast.Constant(0))), 7)), 7)], [])
try:
    exec(compile(bad, "<bad>", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_lineno)
