# A regular-expression scanner (finditer's iterator, pattern.scanner()) holds
# the buffer of a bytearray or array subject: it cannot change size while the
# scanner is reachable, and can again once finditer's search is exhausted.
import re, array
b = bytearray(b'x')
it = re.finditer(b'a', b)
try:
    b.extend(b'x'*400)
except BufferError as e:
    print("BufferError", e)
print(list(it))
b.extend(b'x'*4)
print(len(b))
s = re.compile(b'x').scanner(b)
try:
    b.append(1)
except BufferError as e:
    print("BufferError", e)
print(s.search())
del s
b.append(1)
a = array.array('b', b'xyx')
it = re.finditer(b'x', a)
try:
    a.append(1)
except BufferError as e:
    print("BufferError", e)
print(next(it))
print(re.findall(b'x', b), re.search(b'x', b))
b.append(2)
print("ok")
