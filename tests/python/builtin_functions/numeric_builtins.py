print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), abs(-(10**30)), abs(-0.0))
class A:
    def __abs__(self):
        return "abs!"
print(abs(A()))
for bad in ["abs('x')", "abs(None)", "abs()", "abs(1, 2)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10**20, 7), divmod(True, 2))
class D:
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
print(divmod(D(), 1), divmod(1, D()))
for bad in ["divmod(1, 0)", "divmod(1.0, 0)", "divmod('a', 1)", "divmod(1j, 1)", "divmod(1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(pow(2, 8), pow(2.0, 3), pow(2, 3, 5), pow(-1, 0.5), round(2.675, 2), round(-0.5), round(7, -1), round(1e15 + 0.5))
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(2**70), bin(True))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()))
for bad in ["bin(1.5)", "oct('8')", "hex(None)", "hex(1.0)"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
print(chr(65), chr(0x1F600), chr(0), ord("a"), ord("😀"), ord(b"a"), ord(bytearray(b"z")), ord("\udc80"))
for bad in ["chr(-1)", "chr(0x110000)", "chr('a')", "chr(1.5)", "ord('ab')", "ord('')", "ord(1)", "ord(b'ab')", "chr(2**70)"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]), sum(range(10), start=5))
print(sum([0.1, 0.2, 0.3]), sum([1, 0.5, 2**60]), sum([True, True]), sum([], 0.0), sum([1.5, 2**53, 1]), sum((1j, 2, 0.5)))
print(sum([1e16, 1.0, 1.0, 1.0]), sum([1.0, 1e16, -1e16]), sum([0.1] * 3) == 0.30000000000000004, sum([2**63, 2**63]))
for bad in ["sum(['a', 'b'], '')", "sum([b'a'], b'')", "sum([bytearray(b'a')], bytearray())", "sum([1, 'a'])", "sum(1)", "sum()"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, type(e).__name__, e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Acc(self.v + (other.v if isinstance(other, Acc) else other))
    __radd__ = __add__
print(sum([Acc(1), Acc(2)]).v, sum([Acc(1)], Acc(10)).v)
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 3]), min("hello"), max([], default="empty"), min([], default=None), max([1, -5], key=abs))
print(max((1, "b"), (1, "a")), min([3, 1, 2], key=lambda x: -x), max("a", "B", key=str.lower), max([2, 2.0]), min([2.0, 2]), max(iter([4, 9])))
for bad in ["max()", "max([])", "min([])", "max(1)", "max(1, 2, default=0)", "max([1, 'a'])", "min(1, 2, key=1)", "max([], key=len)",
            "max([1], bogus=1)", "min(x=1)"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
