vals = [0, 1, -1, 5, -5, 0xFF, -256, 2**40 + 3, -(2**40) - 3, 2**70 + 12345, -(2**70) + 1]
for a in vals:
    print(a, ~a, a << 3, a >> 3, a >> 100, a << 70)
    print("  ", [a & b for b in vals])
    print("  ", [a | b for b in vals])
    print("  ", [a ^ b for b in vals])
print(1 << 0, 1 << 64, -1 << 64, (2**100) >> 99, -(2**100) >> 99, -1 >> 1000, 1 >> 1000)
print(5 >> 2**70, -5 >> 2**70, 0 << 2**70)
for expr in ["1 << -1", "1 >> -1", "1 << 2**70", "1.0 << 1", "1 & 1.0", "~1.5"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(True << 1, True >> 1, type(True ^ False), type(True ^ 1), ~False)
print(int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10), int.__lshift__(1, 3), int.__rshift__(16, 3), int.__rlshift__(3, 1))
print(bin(-(2**65)), oct(2**65), hex(-(2**65) + 1))
