# Loops, conditionals, comprehensions, generators, exceptions, with, match.
total = 0
for i in range(10):
    if i % 2:
        continue
    if i > 7:
        break
    total += i
else:
    print("not reached")
print(total)

n = 0
while n < 5:
    n += 1
else:
    print("while else", n)

print([x * y for x in range(3) for y in range(3) if x != y])
print({k: v for k, v in zip("abc", range(3))})
print({c.upper() for c in "hello"} == set("HELO"))
print(sum(x for x in range(100) if x % 3 == 0))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

gen = fib()
print([next(gen) for _ in range(10)])

def delegate():
    result = yield from [1, 2, 3]
    yield "done"
print(list(delegate()))

def risky(x):
    try:
        if x == 0:
            raise ValueError("zero")
        return 10 // x
    except ValueError as e:
        return f"handled {e}"
    finally:
        print("finally", x)

print(risky(0), risky(5))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e)

class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True

with Resource() as r:
    raise KeyError("suppressed")
print("after with")

def describe(value):
    match value:
        case 0:
            return "zero"
        case [x, y]:
            return f"pair {x} {y}"
        case {"name": name}:
            return f"named {name}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case _:
            return "other"

for v in [0, [1, 2], {"name": "x"}, "hello", "hi", 3.5]:
    print(describe(v))
