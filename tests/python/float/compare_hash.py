import math, sys
big = 2**53 + 1
pairs = [(1, 1.0), (big, float(big)), (2**53, 2.0**53), (10**400, float("inf")), (-(10**400), float("-inf")),
         (0, -0.0), (2**1023 * 3, 1e308), (10**22, 1e22), (10**23, 1e23), (2**63, 9.223372036854776e18),
         (1, float("nan")), (True, 1.0), (False, -0.0), (-1, -1.0000000000000002), (2**64 - 1, 2.0**64)]
for a, b in pairs:
    print(a if a.bit_length() < 70 else "big", b, a == b, a != b, a < b, a <= b, a > b, a >= b, b < a, b == a)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan is nan, [nan] == [nan], (nan,) == (nan,), nan in [nan], {nan: 1}.get(nan))
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-0.5), hash(1e100), hash(2.0**60), hash(-1.0), hash(-1),
      hash(float("inf")), hash(float("-inf")), hash(0.0), hash(-0.0), hash(1.5e-300))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30), hash(-(10**30)), hash(float(10**30)) == hash(10**30))
print(hash(complex(1, 0)) == hash(1), hash(1.5 + 2j), hash(-1j), hash(1e300j))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.hash_bits, sys.hash_info.cutoff)
d = {1: "int", 1.0: "float", True: "bool"}
print(d, {0.5: 1, 2**-1: 2}, len({0, 0.0, -0.0, False}))
print(1.0 < 2, 2 > 1.5, 3 <= 3.0, -0.0 < 0.0, 1e308 < 10**309, float("inf") > 10**1000, -float("inf") < -(10**1000))
print(max(1, 1.0), min(1.0, 1), max(2, 2.5, key=lambda x: -x), sorted([3, 1.5, 2, -0.0, 0]))
for op in ["<", ">", "<=", ">="]:
    try:
        print(eval(f"1.0 {op} 'x'"))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(eval(f"1.5 {op} 1j"))
    except TypeError as e:
        print(type(e).__name__, e)
print(1.0 == "1", 1.0 == 1j, 1.0 == 1 + 0j, 1.0 != None)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig,
      sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp, sys.float_info.min_10_exp, sys.float_info.radix,
      sys.float_info.rounds, sys.float_repr_style)
