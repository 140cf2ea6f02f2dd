# ast.literal_eval: what it accepts and the ValueError messages for what it rejects.
import ast

for text in ["1", "-2", "+3", "1.5e3", "-1j", "1+2j", "3-4j", "'s'", "b'b'", "None", "True",
             "(1, 'a', [2, {3: 4}])", "{1, 2}", "set()", "{'a': [1, 2], 'b': (3,)}",
             "  42", "[]", "()", "{}", "-0.0", "0x1f", "10**0" if False else "10"]:
    value = ast.literal_eval(text)
    print(repr(text), "->", repr(value), type(value).__name__)

print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(7)))
print(ast.literal_eval(ast.parse("{'k': -1}", mode="eval").body))

for text in ["x", "1 + x", "f()", "[1, y]", "{1: z}", "a.b", "2 ** 3", "1 + 1", "'a' + 'b'",
             "-'s'", "{**d}", "lambda: 1", "(x for x in y)", "set([1])", "1j + 2"]:
    try:
        print(repr(text), "->", ast.literal_eval(text))
    except ValueError as e:
        message = str(e)
        if " at 0x" in message:  # hide the node's address
            message = message[:message.index(" at 0x")] + ">"
        print(repr(text), "ValueError:", message)

for text in ["1 +", "(", "x = 1"]:
    try:
        ast.literal_eval(text)
    except SyntaxError as e:
        print(repr(text), "SyntaxError:", e.msg)
