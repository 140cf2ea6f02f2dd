# Sizes beyond what can be allocated: os.read's count is a C ssize_t
# (OverflowError past it), and an allocation the host refuses is MemoryError
# (it used to be a JS RangeError, SystemError "Taipan internal error").
import os

r, w = os.pipe()
os.write(w, b"abc")
for n in [2**70, -1, 2**40, 3]:
    try:
        print(os.read(r, n))
    except Exception as error:
        print(type(error).__name__, error)
for n in [2**70, 2**40]:
    try:
        os.pread(r, n, 0)
    except Exception as error:
        print(type(error).__name__, error)
try:
    bytearray(2**50)
except MemoryError as error:
    print("MemoryError", error)
os.close(r)
os.close(w)
