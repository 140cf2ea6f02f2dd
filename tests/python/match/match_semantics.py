# Match statement semantics: evaluation order, bindings on failure, value patterns, errors.
log = []
class Spy:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self._a, self._b = a, b
    @property
    def a(self):
        log.append("get a")
        return self._a
    @property
    def b(self):
        log.append("get b")
        return self._b

match Spy(1, 2):
    case Spy(0, _):
        print("no")
    case Spy(1, x) if log.append("guard") or x == 2:
        print("matched", x)
print(log)
log.clear()
match Spy(1, 2):
    case Spy(b=2, a=1):
        print("keyword order")
print(log)

# partial bindings from a failed case may remain bound
match [1, 2, 3]:
    case [p, q, 4]:
        pass
    case _:
        pass
print(p, q)

class Consts:
    LIMIT = 10
    NAMES = ("a", "b")
def by_value(v):
    match v:
        case Consts.LIMIT:
            return "limit"
        case Consts.NAMES:
            return "names tuple"
        case _:
            return "other"
print(by_value(10), by_value(("a", "b")), by_value(["a", "b"]), by_value(10.0))

def star_patterns(v):
    match v:
        case [*_, "end"]:
            return "ends with end"
        case [first, *middle, last]:
            return f"{first}|{middle}|{last}"
        case [*all_items]:
            return f"short {all_items}"
print(star_patterns(["a", "end"]), star_patterns([1, 2, 3, 4]), star_patterns([9]), star_patterns(()))

def literal_identity(v):
    match v:
        case True:
            return "True"
        case 1:
            return "one"
        case None:
            return "None"
        case False:
            return "False"
        case 0:
            return "zero"
print(literal_identity(1), literal_identity(True), literal_identity(1.0), literal_identity(0), literal_identity(False))

def or_bindings(v):
    match v:
        case (1, x) | (2, x) | [x, 3]:
            return f"x={x}"
        case {"k": y} | {"j": y}:
            return f"y={y}"
    return "none"
print(or_bindings((2, "two")), or_bindings([7, 3]), or_bindings({"j": 5}), or_bindings(5))

def strings(v):
    match v:
        case "a" "b":
            return "concatenated"
        case f if isinstance(f, str) and f.startswith("x"):
            return "x-string"
    return "other"
print(strings("ab"), strings("xyz"), strings("b"))

def negative_and_complex(v):
    match v:
        case -0.5:
            return "minus half"
        case -2 - 3j:
            return "complex"
        case 2j:
            return "imag"
    return "no"
print(negative_and_complex(-0.5), negative_and_complex(complex(-2, -3)), negative_and_complex(2j))

class EqAlways:
    def __eq__(self, other):
        log.append("eq called")
        return True
log.clear()
match EqAlways():
    case 5:
        print("value pattern uses ==", log)
match 5:
    case int() | str() as thing:
        print("as binding", thing)
match {"a": {"b": [1, {"c": "deep"}]}}:
    case {"a": {"b": [_, {"c": str(deep)}]}}:
        print(deep)
