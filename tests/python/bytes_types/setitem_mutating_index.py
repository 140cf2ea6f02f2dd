# bytearray[i] = v converts v before checking i against the length: an
# __index__ that clears the bytearray makes the store an IndexError.
class Boom:
    def __index__(self):
        b.clear()
        return 0


b = bytearray(b'Now you see me...')
try:
    b[0] = Boom()
except IndexError as e:
    print("IndexError:", e)
print(b)

b = bytearray(b'abc')
for key, value in [(5, 300), (5, "x"), ("k", 1), (-1, 65), (-4, 1), (2**70, 1)]:
    try:
        b[key] = value
        print(b)
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
