# ioctl: FIONREAD on a pipe with an int result in a mutable array, read-only
# buffers returned as bytes, mutate_flag, int arguments, limits and errors.
import array, fcntl, os, termios

r, w = os.pipe()
os.write(w, b"twelve bytes")
count = array.array("i", [0])
print(fcntl.ioctl(r, termios.FIONREAD, count), count)
count = array.array("i", [0])
print(fcntl.ioctl(r, termios.FIONREAD, count, False), count)
print(fcntl.ioctl(r, termios.FIONREAD, count, 0), count)
print(fcntl.ioctl(r, termios.FIONREAD, b"\0\0\0\0"))
print(fcntl.ioctl(r, termios.FIONREAD, "abcd"))
data = bytearray(8)
print(fcntl.ioctl(r, termios.FIONREAD, data, "yes"), data)
view = memoryview(bytearray(4))
print(fcntl.ioctl(r, termios.FIONREAD, view), view.tobytes())
print(fcntl.ioctl(r, termios.FIONREAD, memoryview(b"\1\1\1\1")))
big = bytearray(2000)
print(fcntl.ioctl(r, termios.FIONREAD, big), big[:4], len(big))
print(os.read(r, 100))
print(fcntl.ioctl(r, termios.FIONREAD, count), count[0])
# a request beyond 32 bits keeps its low 32 bits, as an unsigned int
print(fcntl.ioctl(r, termios.FIONREAD + 2**32, count), count[0])

# FIONBIO with a pointer to an int
print(fcntl.ioctl(r, termios.FIONBIO, array.array("i", [1])), os.get_blocking(r))
print(fcntl.ioctl(r, termios.FIONBIO, array.array("i", [0])), os.get_blocking(r))
# FIOCLEX / FIONCLEX take no argument
print(fcntl.ioctl(r, termios.FIONCLEX), os.get_inheritable(r))
print(fcntl.ioctl(r, termios.FIOCLEX, 0), os.get_inheritable(r))

for args in [(r, termios.FIONREAD, b"x" * 1025), (r, termios.FIONREAD, "x" * 1025),
             (r, termios.FIONREAD, bytearray(1025), False), (r, termios.FIONREAD, 1.5),
             (r, termios.FIONREAD, None), (r, termios.FIONREAD, 2**40), (r, termios.FIONREAD, -2**40),
             (r, 1.5), (r, termios.TIOCGWINSZ, b"\0" * 8), (r, termios.TIOCGWINSZ, bytearray(8)),
             (-1, termios.FIONREAD), (99999, termios.FIONREAD, count), ("r", 0), (r,)]:
    try:
        print(fcntl.ioctl(*args))
    except Exception as e:
        print(type(e).__name__, e)
os.close(r)
os.close(w)
