# Reflected operands: NotImplemented, subclass priority, same-type rules.
log = []
class Base:
    def __add__(self, o):
        log.append(f"{type(self).__name__}.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append(f"{type(self).__name__}.__radd__")
        return "radd"
class Derived(Base):
    def __radd__(self, o):
        log.append("Derived.__radd__ override")
        return "derived radd"
class NoOverride(Base):
    pass

print(Base() + Derived(), log)
log.clear()
print(Base() + NoOverride(), log)
log.clear()
print(Base() + Base(), log)
log.clear()
print(1 + Base(), log)
log.clear()

class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return NotImplemented
try:
    Left() + Right()
except TypeError as e:
    print(type(e).__name__, e)

class MyInt(int):
    def __radd__(self, o):
        return f"MyInt radd {o}"
    def __rsub__(self, o):
        return NotImplemented
print(1 + MyInt(2), MyInt(2) + 1, 5 - MyInt(1))
class MyFloat(float):
    def __rmul__(self, o):
        return "MyFloat rmul"
print(2 * MyFloat(3.0), 2.5 * MyFloat(1), MyFloat(1) * 2)
class MyStr(str):
    def __radd__(self, o):
        return "MyStr radd"
print("a" + MyStr("b"), MyStr("b") + "a")
class MyList(list):
    def __radd__(self, o):
        return "MyList radd"
print([1] + MyList([2]))

# comparison reflection: subclass first, no override required
clog = []
class C1:
    def __eq__(self, o):
        clog.append("C1.eq")
        return NotImplemented
    def __lt__(self, o):
        clog.append("C1.lt")
        return NotImplemented
    def __gt__(self, o):
        clog.append("C1.gt")
        return NotImplemented
class C2(C1):
    pass
print(C1() == C2(), clog)
clog.clear()
try:
    C1() < C2()
except TypeError as e:
    print(type(e).__name__, e, clog)
clog.clear()
print(C1() != C1(), clog)

class Returner:
    def __add__(self, o):
        return None
print(Returner() + 1)
class NI:
    def __eq__(self, o):
        return NotImplemented
n = NI()
print(n == n, n != n, n == 1, NI() == NI())
print(NotImplemented.__class__.__name__, repr(NotImplemented), bool(NotImplemented) if False else "skip")
