# A second ',' or '_' in a format spec is read as the presentation type:
# "Cannot specify ',' with ','."; ',' after '_' (or '_' after ',') is "both".
for value in (1, 1.5, 1 + 2j, "a"):
    for spec in (",,", "_,", ",_", "__", ",_d", "_,d", ",,d", ",d", "_x", ",x"):
        try:
            print(repr(value), repr(spec), repr(format(value, spec)))
        except ValueError as e:
            print(repr(value), repr(spec), "ValueError:", e)
print(f"{1234567:,}", f"{1234567:_}")
try:
    f"{1:,,}"
except ValueError as e:
    print(e)
