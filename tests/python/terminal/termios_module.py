# termios over libc (stdlib/termios.ts) on a pseudo-terminal from os.openpty:
# tcgetattr's list, tcsetattr round trips (raw mode through tty), the cc
# slots that become ints outside canonical mode, window sizes, the other
# calls, termios.error for a descriptor that is not a terminal, and
# CPython's argument errors.
import os
import termios
import tty

master, slave = os.openpty()
print(os.isatty(slave), os.get_inheritable(master), os.get_inheritable(slave))
attributes = termios.tcgetattr(slave)
iflag, oflag, cflag, lflag, ispeed, ospeed, cc = attributes
print(len(attributes), len(cc), termios.NCCS, ispeed == ospeed, ispeed == termios.B38400)
print(bool(lflag & termios.ICANON), bool(lflag & termios.ECHO), cc[termios.VINTR], cc[termios.VEOF])
print([type(c).__name__ for c in cc[:8]])

new = termios.tcgetattr(slave)
new[3] &= ~(termios.ECHO | termios.ICANON)
new[6][termios.VMIN] = 1
new[6][termios.VTIME] = 0
new[4] = new[5] = termios.B9600
termios.tcsetattr(slave, termios.TCSANOW, new)
now = termios.tcgetattr(slave)
print(now[3] == new[3], now[4], now[5] == termios.B9600, now[6][termios.VMIN], now[6][termios.VTIME])
print(type(now[6][termios.VMIN]).__name__, now[6][termios.VINTR])
termios.tcsetattr(slave, termios.TCSAFLUSH, attributes)
print(termios.tcgetattr(slave) == attributes)

tty.setraw(slave)
raw = termios.tcgetattr(slave)
print(bool(raw[3] & termios.ICANON), bool(raw[1] & termios.OPOST), raw[6][termios.VMIN])
tty.setcbreak(slave)
print(bool(termios.tcgetattr(slave)[3] & termios.ICANON))
termios.tcsetattr(slave, termios.TCSADRAIN, attributes)

print(termios.tcgetwinsize(slave))
termios.tcsetwinsize(master, (24, 80))
print(termios.tcgetwinsize(slave), os.get_terminal_size(slave))
termios.tcsetwinsize(slave, [50, 132])
print(termios.tcgetwinsize(master))

os.write(master, b"typed\n")
print(os.read(slave, 100))
os.write(slave, b"out")
termios.tcdrain(slave)
echoed = b""
while len(echoed) < 10:  # the echo of the input, then the output
    echoed += os.read(master, 100)
print(echoed)
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcflow(slave, termios.TCOON)
termios.tcsendbreak(master, 0)


class FileLike:
    def fileno(self):
        return slave


print(termios.tcgetattr(FileLike()) == attributes)

read_end, write_end = os.pipe()
for call in (
    lambda: termios.tcgetattr(read_end),
    lambda: termios.tcsetattr(read_end, termios.TCSANOW, attributes),
    lambda: termios.tcgetwinsize(write_end),
    lambda: termios.tcsetwinsize(write_end, (1, 2)),
    lambda: termios.tcdrain(read_end),
    lambda: termios.tcflush(read_end, termios.TCIFLUSH),
    lambda: termios.tcflow(read_end, termios.TCOOFF),
    lambda: termios.tcsendbreak(read_end, 0),
    lambda: termios.tcgetattr(-1),
    lambda: termios.tcgetattr("x"),
    lambda: termios.tcgetattr(2**40),
    lambda: termios.tcflush(slave, 1.5),
    lambda: termios.tcflush(slave, 2**40),
    lambda: termios.tcsetattr(slave, termios.TCSANOW, attributes[:6]),
    lambda: termios.tcsetattr(slave, termios.TCSANOW, tuple(attributes)),
    lambda: termios.tcsetattr(slave, termios.TCSANOW, attributes[:6] + [cc[:5]]),
    lambda: termios.tcsetattr(slave, termios.TCSANOW, attributes[:6] + [["ab"] * termios.NCCS]),
    lambda: termios.tcsetattr(slave, termios.TCSANOW, ["x"] + attributes[1:]),
    lambda: termios.tcsetattr(slave, termios.TCSANOW, attributes[:4] + [12345, 0, cc]),
    lambda: termios.tcsetwinsize(slave, (1,)),
    lambda: termios.tcsetwinsize(slave, 5),
    lambda: termios.tcsetwinsize(slave, (1, "a")),
    lambda: termios.tcsetwinsize(slave, (70000, 1)),
    lambda: termios.tcsetwinsize(slave, (-1, 1)),
    lambda: termios.tcgetattr(),
):
    try:
        print("ok", call())
    except Exception as error:
        print(type(error).__name__, error.args, isinstance(error, OSError))

print(issubclass(termios.error, Exception), termios.error.__module__, termios.error.__name__)
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.TIOCGWINSZ, termios.CBAUDEX, termios.B4000000)
print(len([name for name in dir(termios) if name.isupper()]), termios.tcgetattr.__doc__.splitlines()[0])
os.close(master)
os.close(slave)
