# NodeVisitor and NodeTransformer over parsed trees, then compiling the result.
import ast

source = """
def area(r):
    return 3.14 * r * r

def perimeter(r):
    return 2 * 3.14 * r

total = area(2) + perimeter(3)
print(total)
"""

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}
    def generic_visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        super().generic_visit(node)

counter = Counter()
counter.visit(ast.parse(source))
print(sorted(counter.counts.items()))

class FunctionLister(ast.NodeVisitor):
    def visit_FunctionDef(self, node):
        print("function", node.name, "args", [a.arg for a in node.args.args], "line", node.lineno)
        self.generic_visit(node)
    def visit_Constant(self, node):
        print("constant", repr(node.value), "at", node.lineno, node.col_offset)

FunctionLister().visit(ast.parse(source))

class PiFixer(ast.NodeTransformer):
    def visit_Constant(self, node):
        if node.value == 3.14:
            return ast.copy_location(ast.Attribute(ast.Name("math", ast.Load()), "pi", ast.Load()), node)
        return node

class DropPrints(ast.NodeTransformer):
    def visit_Expr(self, node):
        if isinstance(node.value, ast.Call) and getattr(node.value.func, "id", None) == "print":
            return None
        return node

class DoubleReturns(ast.NodeTransformer):
    def visit_Return(self, node):
        self.generic_visit(node)
        return [ast.Expr(ast.Constant("before return")),
                ast.Return(ast.BinOp(node.value, ast.Mult(), ast.Constant(2)))]

tree = ast.parse(source)
tree = PiFixer().visit(tree)
tree = DropPrints().visit(tree)
tree = DoubleReturns().visit(tree)
ast.fix_missing_locations(tree)
print(ast.unparse(tree))
import math
ns = {"math": math}
exec(compile(tree, "<transformed>", "exec"), ns)
print(round(ns["total"], 6), round(ns["area"](1), 6))

# visit_Constant dispatch for deprecated visit_Num methods still works.
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
class OldStyle(ast.NodeVisitor):
    def visit_Num(self, node):
        print("visit_Num", node.value)
    def visit_Str(self, node):
        print("visit_Str", node.value)
OldStyle().visit(ast.parse("x = 1 + 'a'"))

# A transformer that renames every Name, checked through the compiled code.
class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name("renamed_" + node.id, node.ctx), node)

tree = ast.fix_missing_locations(Renamer().visit(ast.parse("a = 1\nb = a + 1")))
ns = {}
exec(compile(tree, "<renamed>", "exec"), ns)
print(sorted(k for k in ns if k.startswith("renamed_")))
