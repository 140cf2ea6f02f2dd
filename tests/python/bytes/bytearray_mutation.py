# bytearray's mutating operations, each on a fresh bytearray(b'abcdef').
class Index:
    def __index__(self):
        return 2

def run(statement):
    ba = bytearray(b"abcdef")
    namespace = {"ba": ba, "Index": Index}
    try:
        if any(op in statement for op in ("=", "del ")):
            result = exec(statement, namespace)
            ba = namespace["ba"]
        else:
            result = eval(statement, namespace)
        print(statement, "->", repr(ba), "" if result is None else repr(result))
    except Exception as error:
        print(statement, "->", f"{type(error).__name__}: {error}", repr(ba))

for statement in [
    "ba.append(103)", "ba.append(Index())", "ba.append(256)", "ba.append(-1)", "ba.append('g')",
    "ba.append(1.0)", "ba.extend(b'gh')", "ba.extend(bytearray(b'gh'))", "ba.extend([1, 2])",
    "ba.extend(range(3))", "ba.extend(iter([7]))", "ba.extend('gh')", "ba.extend(3)",
    "ba.extend([300])", "ba.extend(None)", "ba.extend(ba)", "ba.extend([])",
    "ba.insert(0, 65)", "ba.insert(3, 65)", "ba.insert(100, 65)", "ba.insert(-1, 65)",
    "ba.insert(-100, 65)", "ba.insert(Index(), 65)", "ba.insert(0, 256)", "ba.insert('x', 1)",
    "ba.pop()", "ba.pop(0)", "ba.pop(-2)", "ba.pop(6)", "ba.pop(-7)", "ba.pop(Index())",
    "ba.remove(99)", "ba.remove(120)", "ba.remove(256)", "ba.remove(b'c')",
    "ba.reverse()", "ba.clear()", "ba.copy()", "ba.copy() is ba",
    "ba[0] = 65", "ba[-1] = 70", "ba[6] = 1", "ba[-7] = 1", "ba[0] = 256", "ba[0] = 'a'",
    "ba[0] = None", "ba['x'] = 1", "ba[Index()] = 90", "ba[2**70] = 1",
    "ba[1:3] = b'XYZ'", "ba[1:3] = b''", "ba[1:1] = b'++'", "ba[:] = b'new'",
    "ba[4:1] = b'XY'", "ba[10:] = b'end'", "ba[-2:] = bytearray(b'!!')", "ba[1:3] = [65, 66]",
    "ba[1:3] = range(3)", "ba[1:3] = 5", "ba[1:3] = 'ab'", "ba[1:3] = 3.5", "ba[1:3] = None",
    "ba[1:3] = [300]", "ba[1:3] = ba", "ba[::2] = b'XYZ'", "ba[::2] = b'XY'",
    "ba[::2] = b''", "ba[::-2] = b'123'", "ba[1::3] = [1, 2]", "ba[5:0:-2] = b'pq'",
    "ba[::2] = [1, 2, 3]",
    "del ba[0]", "del ba[-1]", "del ba[6]", "del ba['x']", "del ba[1:3]", "del ba[::2]",
    "del ba[::-2]", "del ba[4:1]", "del ba[:]", "del ba[1:5:-1]", "del ba[10:]",
    "ba += b'gh'", "ba += bytearray(b'gh')", "ba += 5", "ba += 'gh'",
    "ba *= 2", "ba *= 0", "ba *= -1", "ba *= 'x'", "ba *= Index()",
    "ba.__iadd__(b'!')", "ba.__imul__(2)", "ba.__setitem__(0, 66)", "ba.__delitem__(0)",
]:
    run(statement)

ba = bytearray(b"x")
alias = ba
ba += b"y"
ba *= 2
print(alias is ba, alias)
grow = bytearray()
sizes = [grow.__alloc__()]
for i in range(40):
    grow.append(i)
    sizes.append(grow.__alloc__())
print(len(grow), grow[-1], sizes)
print(bytearray().__alloc__(), bytearray(b"abc").__alloc__())
shrink = bytearray(100)
del shrink[10:]
print(shrink.__alloc__())
shrink.clear()
print(shrink.__alloc__())
big = bytearray(b"a") * 10000
big[5000:5001] = b"XYZ"
print(len(big), big[4999:5004], big.count(b"a"))
