import itertools
vals = [7, -7, 3, -3, 1, -1, 10**20 + 3, -(10**20) - 3, 2**63, -(2**63)]
for a, b in itertools.product(vals, [3, -3, 7, -7, 2**64 + 1, -(2**64) - 1]):
    q, r = divmod(a, b)
    assert q * b + r == a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b)
    print(a, b, a // b, a % b, q, r)
for a, b in [(7, 2.0), (-7, 2.0), (7.0, -2), (10**20, 3.0), (-(10**20), 7.0), (1, 0.1), (-1, 0.1), (5, float("inf")), (-5, float("inf"))]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0 // 5, 0 % -5, -1 // 10**30, -1 % 10**30, 10**30 // -1, (-(10**30)) // 10**30, (2**100) % 2**50, (-(2**100)) % 3)
print(7 // True, 7 % True, True // 2, -True % 2, divmod(-True, 2), (-7).__floordiv__(2), (-7).__rfloordiv__(2), (7).__rmod__(-2))
