# Big ints mixed with numbers: each number converted to a big int (through
# int_value.ts's memo of recent conversions, keyed by low bits, so numbers
# sharing low bits, negative ones and zero must each convert to themselves).
big = 2 ** 70 + 12345
values = [0, 1, 17, 33, -1, -15, -17, 16, 2 ** 31, 2 ** 31 + 16, -(2 ** 40) + 1, 2 ** 52 + 3,
          2 ** 53 - 1, -(2 ** 53) + 1, 1103515245, 12345, 69069]
total = 0
for rounds in range(3):
    for v in values:
        total ^= (big + v) * 3 - v
        total += big * v + v * big
        total -= (v - big) // 7
print(total)
state = 12345
seq = []
for _ in range(2000):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    seq.append(state % 1000003)
print(sum(seq), seq[-3:])
print([(2 ** 64 + v) & 0xFFFF for v in values])
