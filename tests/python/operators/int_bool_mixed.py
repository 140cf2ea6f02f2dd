# Arithmetic mixing small ints and bools (`count += x is None`): an int
# result, as int's methods give it; two bools keep their own & | ^.
import operator

ops = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
       operator.mod, operator.pow, operator.and_, operator.or_, operator.xor,
       operator.lshift, operator.rshift, operator.iadd, operator.isub, operator.imul,
       operator.iand, operator.ior, operator.ixor, operator.ifloordiv, operator.imod]
values = [True, False, 0, 1, -1, 7, -7, 2 ** 31, -(2 ** 31) - 1, 2 ** 52, -(2 ** 53) + 1,
          2 ** 53 - 1, 2 ** 70]
for op in ops:
    row = []
    for a in values:
        for b in values:
            if not (isinstance(a, bool) or isinstance(b, bool)):
                continue
            try:
                if op is operator.pow and abs(b) > 64 and abs(a) > 1:
                    continue
                if op in (operator.lshift,) and b > 64:
                    continue
                r = op(a, b)
                row.append("%s:%r" % (type(r).__name__[0], r))
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                row.append(type(e).__name__[:4])
    print(op.__name__, " ".join(row))


def counting(items):
    found = missing = 0
    mask = 0
    for x in items:
        found += x is not None
        missing -= x is None
        mask |= x is None
        mask ^= True
        found = found * (x is not None or 1)
    return found, missing, mask, type(mask).__name__


print(counting([1, None, 2, None, None, 3] * 50))
t = True
t += True
f = False
f &= True
print(t, type(t).__name__, f, type(f).__name__, True & 1, type(True & 1).__name__)
