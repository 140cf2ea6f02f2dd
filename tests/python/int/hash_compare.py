M = 2**61 - 1
vals = [0, 1, -1, -2, 2**31, 2**32, 2**53 + 1, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, 2**63, 2**64, -(2**64), 10**30, -(10**30), 3**100]
for v in vals:
    h = hash(v)
    print(v, h, h == (v % M if v >= 0 else -((-v) % M)) or h == -2, hash(float(v)) == h if abs(v) < 2**1000 else None)
print(hash(True), hash(False), hash(2**61 - 1) == 0, hash(-(2**61 - 1)), hash(-(2**61)), hash(-(2**61 + 1)))
for a, b in [(2**53, 2**53 + 1), (2**53 + 1, float(2**53)), (10**20, 1e20), (-(10**20), -1e20), (2**1023 * 2, float("inf")), (1, True), (0, -0.0)]:
    print(a == b, a < b, a > b, a <= b, b >= a, hash(a) == hash(b))
class I(int):
    pass
print(hash(I(5)) == hash(5), I(5) == 5, {I(5): "x"}[5], 5 in {I(5)}, type(I(5) + 0).__name__)
class H(int):
    def __hash__(self):
        return 99
print(hash(H(5)), {H(5): 1}.get(5), H(5) == 5)
print(sorted([3, 1.5, True, 2**64, -(2**64), 0.0, -1]), max(2**64, float(2**64)), min(-0.0, 0), 0 == -0.0)
print(1 < 2 < 3, 1 < 3 < 2, (1 == 1.0) is True, 2**100 > 1e30, 2**100 < float("inf"), -(2**1100) < -1e308, 2**1100 > 1e308)
