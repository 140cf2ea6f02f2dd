# Code objects survive a round trip (Taipan writes its own record for them).
import marshal

source = """
x = 10
def f(a, *, b=2.5):
    return a + b + x
class K:
    def m(self):
        return [i * 2 for i in range(3)]
print(f(1), K().m(), (1, 2), frozenset({3}), 2 ** 100, b"x", ..., 1j, "\\U0001f600")
"""
code = compile(source, "<marshal-test>", "exec")
data = marshal.dumps(code)
back = marshal.loads(data)
print(type(back).__name__, back.co_filename, back.co_name)
exec(back, {})
both = marshal.loads(marshal.dumps((code, code)))
print(both[0] is both[1], type(both[0]).__name__)
namespace = {}
exec(marshal.loads(marshal.dumps(compile("def g():\n    return 'g'", "<g>", "exec"))), namespace)
print(namespace["g"](), namespace["g"].__code__.co_name)
