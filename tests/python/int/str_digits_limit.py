import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold)
n = 10 ** 4299
print(len(str(n)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)), int("f" * 5000, 16).bit_length())
try:
    repr(-(10 ** 5000))
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{10 ** 5000}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%d" % (10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
print(len(str(10 ** 639)))
try:
    str(10 ** 640)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9" * 641)
except ValueError as e:
    print(type(e).__name__, e)
for bad in [639, 1, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)), len(str(int("7" * 20000))))
sys.set_int_max_str_digits(maxdigits=5000)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(type(e).__name__, e)
print(int("1" * 5000) % 7)
try:
    int("1" * 5001)
except ValueError as e:
    print(type(e).__name__, e)
