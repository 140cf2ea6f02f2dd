# bytes()/bytearray() argument order: encoding, errors, __bytes__ (None
# blocks the other routes; a bytes subclass result is returned as is), str.
class OtherBytesSubclass(bytes): pass
class BytesSubclass(bytes): pass
def show(f, *a, **k):
    try:
        r = f(*a, **k); print(repr(r), type(r).__name__)
    except Exception as e: print(type(e).__name__, e)
class A:
    def __bytes__(self): return b'abc'
show(bytes, A())
class A: pass
show(bytes, A())
class A:
    def __bytes__(self): return None
show(bytes, A())
class A:
    def __bytes__(self): return b'a'
    def __index__(self): return 42
show(bytes, A())
class S(str):
    def __bytes__(self): return b'abc'
show(bytes, S('\u20ac'))
show(bytes, S('\u20ac'), 'iso8859-15')
show(bytes, S('\u20ac'), errors='strict')
show(bytes, 'x', errors='strict')
show(bytes, 5, errors='strict')
show(bytes, 5, 'utf-8')
show(bytes, 'x')
show(bytearray, S('\u20ac'), 'iso8859-15')
show(bytearray, S('x'))
class A:
    def __bytes__(self): return OtherBytesSubclass(b'abc')
show(bytes, A())
show(BytesSubclass, A())
class IterationBlocked(list):
    __bytes__ = None
show(bytes, IterationBlocked([0, 1]))
class IntBlocked(int):
    __bytes__ = None
show(bytes, IntBlocked(3))
class BytesSubclassBlocked(bytes):
    __bytes__ = None
show(bytes, BytesSubclassBlocked(b'ab'))
class BufferBlocked(bytearray):
    __bytes__ = None
show(bytes, BufferBlocked(b'ab'))
show(bytearray, BufferBlocked(b'ab'))
show(bytes, [1, 2]); show(bytes, 3); show(bytes); show(bytes, b'ab')
