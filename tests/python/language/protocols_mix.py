# Iterators/generators protocol, context managers, closures, recursion limit
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)), sum(Countdown(4)))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefg", 3)))
gen = (x * x for x in range(5))
print(next(gen), next(gen), list(gen))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(deep(50))
class Timer:
    def __enter__(self):
        print("start")
        return 42
    def __exit__(self, exc_type, exc, tb):
        print("stop", exc_type)
        return False
with Timer() as t:
    print("inside", t)
try:
    with Timer():
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
funcs = {}
for name in ["a", "b"]:
    def make(n=name):
        return n.upper()
    funcs[name] = make
print({k: f() for k, f in funcs.items()})
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
x = [3, 1, 2]
y = x
y += [4]
print(x, x is y, [1, 2] == [1, 2], (1, [2]) != (1, [2]))
print(isinstance(x, (int, list)), type(None).__name__, type(print).__name__, type(len) == type(print))
class Meta(type):
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(WithMeta(3).v, type(WithMeta).__name__)
