# ioctl on a pseudo-terminal: TIOCSWINSZ/TIOCGWINSZ with a packed struct
# winsize (bytes in, bytes out), into a mutable array, and a request code
# given as a negative or an unsigned number (test_ioctl's cases).
import array, fcntl, os, struct, termios

master, slave = os.openpty()
size = struct.pack("HHHH", 24, 80, 0, 0)
print(fcntl.ioctl(master, termios.TIOCSWINSZ, size))
print(struct.unpack("HHHH", fcntl.ioctl(slave, termios.TIOCGWINSZ, b"\0" * 8)))
buf = array.array("H", [0] * 4)
print(fcntl.ioctl(slave, termios.TIOCGWINSZ, buf), buf)
request = termios.TIOCSWINSZ
signed = request - 2**32 if request >= 2**31 else request
print(fcntl.ioctl(master, request, struct.pack("HHHH", 30, 100, 0, 0)) == struct.pack("HHHH", 30, 100, 0, 0))
print(fcntl.ioctl(master, signed + 2**32, struct.pack("HHHH", 31, 101, 0, 0)) == struct.pack("HHHH", 31, 101, 0, 0))
print(os.get_terminal_size(slave))
pgrp = array.array("i", [0])
try:
    print(fcntl.ioctl(slave, termios.TIOCGPGRP, pgrp))
except OSError as e:
    print(type(e).__name__, e.errno)
print(fcntl.ioctl(master, termios.FIONREAD, array.array("i", [5])))
os.write(slave, b"hello\n")
print(os.read(master, 100))
os.close(slave)
os.close(master)
