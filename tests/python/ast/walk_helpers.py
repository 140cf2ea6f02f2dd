# ast.walk, iter_fields, iter_child_nodes, get_docstring(clean=False), get_source_segment.
import ast

source = '''"""Module docstring.

Second paragraph.
"""

def func(a, b=2):
    """Function docstring."""
    return a + b

class Klass:
    """
        Indented
          docstring.
    """
    value = [1,
             2]

async def coro():
    "async doc"
    await thing(  1,  2  )
'''

tree = ast.parse(source)
print([type(n).__name__ for n in ast.walk(tree)][:25])
print(len(list(ast.walk(tree))))
func = tree.body[1]
print([(name, type(value).__name__) for name, value in ast.iter_fields(func)])
print([type(n).__name__ for n in ast.iter_child_nodes(func)])
print([name for name, value in ast.iter_fields(ast.Name("x", ast.Load()))])

# clean=False needs no inspect.cleandoc (docstrings.py covers clean=True).
for node in [tree, func, tree.body[2], tree.body[3], ast.parse("x = 1"), ast.parse("b'x'")]:
    print(repr(ast.get_docstring(node, clean=False)))
try:
    ast.get_docstring(func.body[0])
except TypeError as e:
    print("TypeError:", e)

for node in ast.walk(tree):
    if isinstance(node, (ast.BinOp, ast.List, ast.Call, ast.Return)):
        print(type(node).__name__, repr(ast.get_source_segment(source, node)))
print(repr(ast.get_source_segment(source, tree.body[2].body[1], padded=True)))
print(ast.get_source_segment(source, ast.Name("x", ast.Load())))

# Positions of a multi-line expression.
value = tree.body[2].body[1].value
print(value.lineno, value.col_offset, value.end_lineno, value.end_col_offset)

# Columns count UTF-8 bytes; get_source_segment still returns the right text.
text = "s = 'ünïcode' + x\n"
binop = ast.parse(text).body[0].value
print(binop.col_offset, binop.end_col_offset, repr(ast.get_source_segment(text, binop)))

# The ast module's command line helpers are not needed here; main() exists.
print(callable(ast.main))
