# compile() of invalid trees: conversion errors (TypeError/ValueError from
# obj2ast) and the validator's errors, with CPython's messages.
import _ast

def at(node, line=1, col=0, **more):
    node.lineno = line
    node.col_offset = col
    for key, value in more.items():
        setattr(node, key, value)
    return node

L, S, D = _ast.Load(), _ast.Store(), _ast.Del()
def E(e): return _ast.Expression(body=e)
def M(*body): return _ast.Module(body=list(body), type_ignores=[])
def name(n, ctx=L): return at(_ast.Name(n, ctx))
def const(v): return at(_ast.Constant(v))
def stmt(node): return at(node)

def attempt(tree, mode="exec"):
    try:
        compile(tree, "<t>", mode)
        print("OK")
    except (TypeError, ValueError, OverflowError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)

class MyInt(int):
    pass

cases = [
    # wrong root / mode
    (E(name("x")), "exec"),
    (M(), "eval"),
    (M(), "single"),
    (_ast.FunctionType([], name("x")), "eval"),
    (name("x"), "exec"),
    # missing fields and attributes
    (_ast.Expression(), "eval"),
    (_ast.Module(body=[]), "exec"),
    (E(None), "eval"),
    (M(_ast.Expr(value=None)), "exec"),
    (M(_ast.Expr(name("x"), lineno=1)), "exec"),
    (M(stmt(_ast.Expr(value=None))), "exec"),
    (M(stmt(_ast.Expr(_ast.Name("x", L)))), "exec"),
    (E(at(_ast.BinOp(const(1), _ast.Add()))), "eval"),
    (E(at(_ast.BinOp(const(1), _ast.Add(), None))), "eval"),
    (E(at(_ast.BinOp(const(1), "plus", const(3)))), "eval"),
    (E(at(_ast.Name("x", None))), "eval"),
    (E(at(_ast.Name(None, L))), "eval"),
    (E(at(_ast.Name(5, L))), "eval"),
    (E(at(_ast.Constant())), "eval"),
    (M(stmt(_ast.FunctionDef("f", None, [stmt(_ast.Pass())], []))), "exec"),
    (M(stmt(_ast.Import([_ast.alias("os")]))), "exec"),
    (M(stmt(_ast.Global([1]))), "exec"),
    # wrong kinds of values
    (M(_ast.Load()), "exec"),
    (M(None), "exec"),
    (M(stmt(_ast.Pass()), "not a node"), "exec"),
    (_ast.Module(body=(), type_ignores=[]), "exec"),
    (E(at(_ast.List(elts=(), ctx=L))), "eval"),
    (E(at(_ast.List([None], L))), "eval"),
    (E(at(_ast.Constant(1), lineno="one")), "eval"),
    (E(at(_ast.Constant(1), lineno=1.0)), "eval"),
    (E(at(_ast.Constant(1), lineno=2 ** 40)), "eval"),
    (E(at(_ast.Constant(1, kind=5))), "eval"),
    (E(at(_ast.FormattedValue(name("x"), "r", None))), "eval"),
    # positions
    (M(stmt(_ast.Pass()).__class__(lineno=3, col_offset=0, end_lineno=1)), "exec"),
    (M(_ast.Pass(lineno=1, col_offset=5, end_lineno=1, end_col_offset=2)), "exec"),
    (M(_ast.Pass(lineno=-1, col_offset=0, end_lineno=2)), "exec"),
    (M(_ast.Pass(lineno=1, col_offset=-1, end_col_offset=3)), "exec"),
    (M(_ast.Pass(lineno=1, col_offset=0, end_lineno=0)), "exec"),
    (M(_ast.Pass(lineno=-1, col_offset=-1)), "exec"),
    # the validator
    (M(stmt(_ast.Assign([], const(1)))), "exec"),
    (M(stmt(_ast.Assign([const(1)], const(1)))), "exec"),
    (M(stmt(_ast.Delete([name("x", S)]))), "exec"),
    (E(name("x", S)), "eval"),
    (E(name("None")), "eval"),
    (E(name("True")), "eval"),
    (E(at(_ast.Constant([1]))), "eval"),
    (E(at(_ast.Constant((1, {2: 3})))), "eval"),
    (E(at(_ast.Constant(MyInt(3)))), "eval"),
    (E(at(_ast.BoolOp(_ast.And(), [const(1)]))), "eval"),
    (E(at(_ast.Dict([None], []))), "eval"),
    (E(at(_ast.Compare(name("x"), [], []))), "eval"),
    (E(at(_ast.Compare(name("x"), [_ast.Eq()], []))), "eval"),
    (E(at(_ast.Compare(name("x"), [_ast.Eq(), _ast.Lt()], [const(1)]))), "eval"),
    (E(at(_ast.ListComp(name("x"), []))), "eval"),
    (E(at(_ast.Lambda(_ast.arguments([], [], None, [at(_ast.arg("a"))], [], None, []), const(1)))), "eval"),
    (E(at(_ast.Lambda(_ast.arguments([], [], None, [], [], None, [const(1)]), const(1)))), "eval"),
    (M(stmt(_ast.FunctionDef("f", _ast.arguments([], [], None, [], [], None, []), [], []))), "exec"),
    (M(stmt(_ast.If(const(1), [], []))), "exec"),
    (M(stmt(_ast.While(const(1), [stmt(_ast.Pass())], [None]))), "exec"),
    (M(stmt(_ast.With([], [stmt(_ast.Pass())]))), "exec"),
    (M(stmt(_ast.Raise(None, name("e")))), "exec"),
    (M(stmt(_ast.Try([stmt(_ast.Pass())], [], [], []))), "exec"),
    (M(stmt(_ast.Try([stmt(_ast.Pass())], [], [stmt(_ast.Pass())], [stmt(_ast.Pass())]))), "exec"),
    (M(stmt(_ast.Try([stmt(_ast.Pass())], [at(_ast.ExceptHandler(None, None, []))], [], []))), "exec"),
    (M(stmt(_ast.Import([]))), "exec"),
    (M(stmt(_ast.ImportFrom("m", [at(_ast.alias("x"))], -1))), "exec"),
    (M(stmt(_ast.Global([]))), "exec"),
    (M(stmt(_ast.AnnAssign(at(_ast.Attribute(name("a"), "b", S)), name("int"), None, 1))), "exec"),
    (M(stmt(_ast.AugAssign(const(1), _ast.Add(), const(2)))), "exec"),
    (E(at(_ast.Starred(name("x"), L))), "eval"),
    (M(stmt(_ast.Return(None))), "exec"),
    (M(stmt(_ast.Break())), "exec"),
]
for tree, mode in cases:
    attempt(tree, mode)
