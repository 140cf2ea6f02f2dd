# Padding fast paths: a small non-negative int with a one-sided spec, and a
# str padded with one fill character, against the specs that must go the
# general way (centre, signs, grouping, astral fills, negative and big ints).
values = [0, 5, 42, 12345, 10**15, 2**53 + 1, 2**70, -7, True, False]
specs = ["", "5", "05", "05d", ">6", "<6", "=6", "^6", "*>6", "*<6", "*=6", "*^7", "x<3", "-6",
         "+6", " 6", "+06", ",", "_d", "08,", "2", "1", "0", "\U0001f600>6", "\U0001f600<6",
         "\U0001f600=6", "é>6", "\x00>4", "#6", "#06d", "z6", "6.2", "6n", "6x", "06o", "6c"]
for value in values:
    row = []
    for spec in specs:
        try:
            row.append(format(value, spec))
        except (ValueError, TypeError, OverflowError) as error:
            row.append(type(error).__name__ + ":" + str(error))
    print(repr(value), row)
for value in (7, 123):
    print(f"{value:05d}|{value:>5}|{value:<5}|{value:=5}|{value:x^7}|{value:+05d}|{value:-5}")
for text in ["", "ab", "é", "\U0001f600", "a\U0001f600b", "\udc80"]:
    row = []
    for spec in ["", "5", ">5", "<5", "^5", "*>5", "*^6", "\U0001f600>5", "\U0001f600<5",
                 "é^5", ".1", ">5.1", "0>5", "05", "=5", "+5", "1", "\x00<4"]:
        try:
            row.append(format(text, spec))
        except (ValueError, TypeError, OverflowError) as error:
            row.append(type(error).__name__ + ":" + str(error))
    print(ascii(text), ascii(row))
word = "item7"
print(f"{word.upper():>10}|{7 * 3:05d}|{word[::-1]}")
print("abc".rjust(6, "*"), "abc".ljust(6, "\U0001f600"), "abc".center(8, "é"), "abc".zfill(6))
