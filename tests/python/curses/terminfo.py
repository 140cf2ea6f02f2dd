# The terminfo functions of _curses with the xterm entry: setupterm on a
# pseudo-terminal, tigetstr/tigetnum/tigetflag for present, absent and
# mistyped capabilities, tparm expanding cursor addressing and colors,
# and the argument errors, as CPython 3.11.
import os
import curses

master, slave = os.openpty()
try:
    curses.setupterm("no-such-terminal-xyz", slave)
except curses.error as error:
    print("error", error)
curses.setupterm("xterm", slave)
curses.setupterm("vt100", slave)  # a second call is ignored, as in CPython
for name in ("cup", "clear", "smcup", "kcuu1", "kf1", "setaf", "bold", "nope", "colors", "am"):
    print(name, curses.tigetstr(name))
for name in ("colors", "cols", "lines", "pairs", "nope", "cup", "am"):
    print(name, curses.tigetnum(name))
for name in ("am", "xenl", "km", "nope", "cup", "colors"):
    print(name, curses.tigetflag(name))
cup = curses.tigetstr("cup")
print(curses.tparm(cup, 5, 10), curses.tparm(cup), curses.tparm(cup, 0, 0))
print(curses.tparm(curses.tigetstr("setaf"), 3), curses.tparm(curses.tigetstr("setab"), 200))
print(curses.tparm(b"%p1%d-%p2%d-%p9%d", 1, 2, 3, 4, 5, 6, 7, 8, 9))
print(curses.tparm(b"plain"), curses.tparm(b""))
for call in (
    lambda: curses.tigetstr(1),
    lambda: curses.tigetstr("a\0b"),
    lambda: curses.tigetnum(None),
    lambda: curses.tparm(b"%p1%d", "x"),
    lambda: curses.tparm(b"%p1%d", 2**40),
    lambda: curses.tparm(b"x", *range(10)),
    lambda: curses.tparm(b"a\0b"),
    lambda: curses.tparm(),
    lambda: curses.tigetstr(),
    lambda: curses.setupterm(term=3),
    lambda: curses.setupterm(fd="x"),
    lambda: curses.putp("x"),
):
    try:
        print("ok", call())
    except Exception as error:
        print(type(error).__name__, error)
os.close(master)
os.close(slave)
