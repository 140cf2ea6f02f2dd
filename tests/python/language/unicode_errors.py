for e in [UnicodeEncodeError('utf-8','a\ud800b',1,2,'surrogates not allowed'), UnicodeEncodeError('ascii','h\xe9llo\U0001f600',1,3,'ordinal not in range(128)'), UnicodeEncodeError('ascii','x\U0001f600',1,2,'r'), UnicodeDecodeError('utf-8',b'\xff\xfe',0,1,'invalid start byte'), UnicodeDecodeError('utf-8',b'\xff\xfe',0,2,'bad'), UnicodeTranslateError('ab',0,1,'nope'), UnicodeTranslateError('\u1234b',0,2,'nope')]:
    print(repr(str(e)), e.start, e.end, repr(e.object), e.reason, getattr(e,'encoding',None))
try: UnicodeEncodeError('a')
except TypeError as t: print(t)
try: UnicodeDecodeError('a', 'str', 1, 2, 'r')
except TypeError as t: print(t)
print(repr(str(UnicodeEncodeError('utf-8','abc',5,9,'r'))))
try:
    "h\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.object)
