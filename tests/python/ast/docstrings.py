# ast.get_docstring with its default clean=True (inspect.cleandoc), on every
# kind of node that can have one.
import ast

source = '''"""Module docstring.

    Indented second paragraph.
"""

def func():
    """   Leading spaces.

        Body indented
          more.
    """

class Klass:
    """One line."""

async def coro():
    """
    Starts on the second line.
    """
'''
tree = ast.parse(source)
for node in [tree, *tree.body[1:]]:
    print(type(node).__name__, repr(ast.get_docstring(node)))
print(repr(ast.get_docstring(ast.parse("'''\n\ttabbed\n\t  text\n'''"))))
print(repr(ast.get_docstring(ast.parse("f'not a docstring'"))))
