# Hand-built trees completed with fix_missing_locations / copy_location /
# increment_lineno, compiled and run.
import ast

tree = ast.Module(
    body=[
        ast.FunctionDef(
            name="greet",
            args=ast.arguments(posonlyargs=[], args=[ast.arg("who")], kwonlyargs=[],
                               kw_defaults=[], defaults=[]),
            body=[ast.Return(ast.JoinedStr([ast.Constant("hello, "),
                                            ast.FormattedValue(ast.Name("who", ast.Load()), -1, None)]))],
            decorator_list=[],
        ),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                          [ast.Call(ast.Name("greet", ast.Load()), [ast.Constant("world")], [])], [])),
    ],
    type_ignores=[],
)
try:
    compile(tree, "<hand>", "exec")
except TypeError as e:
    print("before fixing:", e)
ast.fix_missing_locations(tree)
print(ast.dump(tree.body[0], include_attributes=True)[:120])
exec(compile(tree, "<hand>", "exec"))
print(ast.unparse(tree))

# copy_location and increment_lineno.
source = "a = 1\nb = a + 1\nprint(a, b)\n"
tree = ast.parse(source)
new = ast.Assign([ast.Name("c", ast.Store())], ast.Constant(3))
ast.copy_location(new, tree.body[1])
ast.fix_missing_locations(new)
tree.body.insert(2, new)
tree.body.append(ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("c", ast.Load())], [])))
ast.fix_missing_locations(tree)
ast.increment_lineno(tree, 10)
print([(s.lineno, s.end_lineno) for s in tree.body])
code = compile(tree, "<moved>", "exec")
exec(code)
print(code.co_firstlineno)

# An error raised by generated code points at the generated line.
tree = ast.parse("x = 1\ny = x / 0\n")
ast.increment_lineno(tree, 100)
try:
    exec(compile(tree, "<gen>", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError at line", e.__traceback__.tb_next.tb_lineno)

# eval of a modified expression tree.
expr = ast.parse("2 * 3 + 4", mode="eval")
expr.body.op = ast.Mult()
print(eval(compile(expr, "<e>", "eval")), ast.unparse(expr))

# Class definitions and comprehensions built by hand.
cls = ast.ClassDef(
    "Point", [], [],
    [ast.FunctionDef("__init__",
                     ast.arguments([], [ast.arg("self"), ast.arg("x"), ast.arg("y")], None, [], [], None, []),
                     [ast.Assign([ast.Attribute(ast.Name("self", ast.Load()), "x", ast.Store())], ast.Name("x", ast.Load())),
                      ast.Assign([ast.Attribute(ast.Name("self", ast.Load()), "y", ast.Store())], ast.Name("y", ast.Load()))],
                     [], None)],
    [])
squares = ast.Assign([ast.Name("squares", ast.Store())],
                     ast.ListComp(ast.BinOp(ast.Name("i", ast.Load()), ast.Mult(), ast.Name("i", ast.Load())),
                                  [ast.comprehension(ast.Name("i", ast.Store()),
                                                     ast.Call(ast.Name("range", ast.Load()), [ast.Constant(6)], []),
                                                     [ast.Compare(ast.BinOp(ast.Name("i", ast.Load()), ast.Mod(), ast.Constant(2)), [ast.Eq()], [ast.Constant(0)])],
                                                     0)]))
module = ast.fix_missing_locations(ast.Module([cls, squares], []))
ns = {}
exec(compile(module, "<cls>", "exec"), ns)
p = ns["Point"](3, 4)
print(p.x, p.y, ns["squares"])
print(ast.unparse(module))
