# Literal, capture, wildcard, value, sequence, OR, AS patterns and guards.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case "hello" | b"bytes":
            return f"literal {v!r}"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case Color.RED:
            return "red"
        case [] | ():
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, 2, *rest]:
            return f"starts 1,2 rest={rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case (a, b) as pair:
            return f"pair {a},{b} {type(pair).__name__}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case int(n) if n > 100:
            return f"big int {n}"
        case _:
            return f"other {v!r}"

for value in [None, True, 1 == 1, False, 0, 0.0, "hello", b"bytes", -1, 1 + 2j, Color.RED,
              Color.GREEN, [], (), [5], "x", [1, 2, 3, 4], (1, 2), [9, 8, 9], [9, 8],
              "long string", 500, 5, {"a": 1}, "abc"]:
    print(repr(value), "->", describe(value))

def seq_kinds(v):
    match v:
        case [a, b, c]:
            return "three"
        case _:
            return "not a sequence match"
print(seq_kinds("abc"), seq_kinds(b"abc"), seq_kinds(bytearray(b"abc")), seq_kinds(range(3)))
print(seq_kinds(iter([1, 2, 3])), seq_kinds({1, 2, 3}), seq_kinds({1: 1, 2: 2, 3: 3}))
import collections
print(seq_kinds(collections.deque([1, 2, 3])), seq_kinds(memoryview(b"abc")))

def nested(v):
    match v:
        case {"type": "point", "coords": [x, y]}:
            return f"point {x},{y}"
        case [("a" | "b") as letter, [*inner]]:
            return f"{letter} with {inner}"
        case _:
            return "no"
print(nested({"type": "point", "coords": (1, 2)}), nested(["b", [1, 2]]), nested(["c", []]))

x = 5
match 5:
    case x if x > 10:
        print("big")
    case x:
        print("captured", x)
print(x)
match [1, 2]:
    case [a, b] if (guard_var := a + b) > 100:
        pass
    case _:
        print("guard ran:", guard_var, a, b)
