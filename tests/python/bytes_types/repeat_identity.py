# b * 1 and 1 * b return b itself for an exact bytes (its size does not
# change); any other count, a subclass or a bytearray makes a new object.
a = b'123abc1@'
print(a * 1 is a, 1 * a is a, a * 2 is a, a * 0 is a, a * -4 is a)
e = b''
print(e * 5 is e, e * 1 is e)
class B(bytes):
    pass
s = B(b'xy')
print(s * 1 is s, type(s * 1).__name__)
ba = bytearray(b'ab')
print(ba * 1 is ba, ba * 1 == ba)
print(a * 3, 2 * a)
