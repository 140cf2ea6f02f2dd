# Run by compile_test.ts under the single binary and under CPython 3.11:
# ctypes calling the C library the binary finds on the machine.
import ctypes

libc = ctypes.CDLL(None)
print(libc.abs(-5), libc.strlen(b"single binary"))
libc.labs.restype = ctypes.c_long
libc.labs.argtypes = [ctypes.c_long]
print(libc.labs(-(2**40)))
