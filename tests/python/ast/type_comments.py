# type_comments=True, mode="func_type" and TypeIgnore nodes.
import ast

source = """
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> bool
    return True

x = []  # type: list[int]
for i in x:  # type: int
    pass
with manager as fh:  # type: IO[str]
    pass
import math  # type: ignore
y = 1  # type: ignore[attr-defined]
"""

plain = ast.parse(source)
typed = ast.parse(source, type_comments=True)
print(ast.dump(plain.body[0].args.args[0]), plain.body[0].type_comment, plain.type_ignores)
print(ast.dump(typed.body[0].args.args[0]))
print(ast.dump(typed.body[0].args.args[1]))
print(typed.body[0].type_comment)
print(typed.body[1].type_comment, typed.body[2].type_comment, typed.body[3].type_comment)
print(ast.dump(typed.type_ignores[0]), ast.dump(typed.type_ignores[1]))
print([(t.lineno, t.tag) for t in typed.type_ignores])

# A typed tree still compiles and runs.
class Manager:
    def __enter__(self):
        return "entered"
    def __exit__(self, *exc):
        return False

ns = {"manager": Manager()}
exec(compile(typed, "<typed>", "exec"), ns)
print(ns["f"](1, "s"), ns["x"], ns["fh"])

# mode="func_type" parses the signature comment of a function.
for signature in ["() -> int", "(int, str) -> List[int]", "(*int) -> None", "(**Any) -> bool"]:
    print(ast.dump(ast.parse(signature, mode="func_type")))
try:
    compile("() -> int", "<f>", "func_type")
except ValueError as e:
    print("ValueError:", e)

print(ast.unparse(typed.body[0]))
print(ast.PyCF_TYPE_COMMENTS, ast.PyCF_ONLY_AST, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
