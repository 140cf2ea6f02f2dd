# bytearray's __reduce__/__reduce_ex__: class, contents (latin-1 str before
# protocol 3, bytes after) and __getstate__'s state, so subclasses with
# attributes and slots pickle and copy whole.
import copy, pickle
class B(bytearray): pass
class S(bytearray): __slots__ = ['x', 'y', '__dict__']
a = B(b'abcd'); a.x = 10
print(a.__reduce_ex__(2)[1:], a.__reduce_ex__(4)[1:], a.__reduce__()[1:])
s = S(b'ab'); s.x = 1
print(s.__reduce_ex__(2)[1:], S().__reduce_ex__(3)[1:])
print(bytearray(b'\xff\x00').__reduce__(), bytearray().__reduce_ex__(4))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in (a, s, bytearray(b'xyz\x80')):
        b = pickle.loads(pickle.dumps(obj, proto))
        print(proto, type(b).__name__, b, getattr(b, 'x', None))
for f in (copy.copy, copy.deepcopy):
    print(f(a), f(a).x, f(s), f(s).x)
