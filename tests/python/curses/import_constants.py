# _curses over ncursesw without a terminal: the module's names, the
# constants CPython exports (A_*, COLOR_*, BUTTON*, KEY_* from ncurses'
# keyname table), version and ncurses_version, curses.error, the window
# type, and the functions that need initscr()/setupterm()/start_color()
# first raising curses.error as CPython does.
import curses
import _curses

names = set(dir(_curses)) - {"__file__", "_C_API"}  # an extension module's extras in CPython
print(len(names), sorted(name for name in names if not name.isupper() and not name.startswith("_")))
print(sorted(name for name in names if name.startswith("KEY_")))
for prefix in ("A_", "COLOR_", "BUTTON", "KEY_"):
    print(prefix, [(name, getattr(curses, name)) for name in sorted(names) if name.startswith(prefix)])
print(curses.ALL_MOUSE_EVENTS, curses.REPORT_MOUSE_POSITION, curses.ERR, curses.OK)
print(curses.version, curses.__version__ if hasattr(curses, "__version__") else None, _curses.__version__)
print(curses.ncurses_version, curses.ncurses_version.major, tuple(curses.ncurses_version) >= (6, 0, 0))
print(type(curses.ncurses_version).__name__, curses.ncurses_version.__class__.__module__)
print(curses.error, curses.error.__mro__[1:], curses.error.__module__, curses.window)
print(hasattr(curses, "LINES"), hasattr(curses, "ACS_ULCORNER"), hasattr(curses, "COLORS"))
print(curses.has_key is _curses.has_key, curses.initscr is _curses.initscr)
print(type(curses.window).__name__, curses.window.__name__, curses.window.__module__)
print(sorted(name for name in dir(curses.window) if not name.startswith("_")))
try:
    curses.window()
except TypeError as error:
    print("TypeError", error)

for call in (
    lambda: curses.newwin(1, 1),
    lambda: curses.newpad(1, 1),
    lambda: curses.keyname(65),
    lambda: curses.has_key(259),
    lambda: curses.unctrl(1),
    lambda: curses.cbreak(),
    lambda: curses.echo(False),
    lambda: curses.endwin(),
    lambda: curses.isendwin(),
    lambda: curses.curs_set(0),
    lambda: curses.napms(1),
    lambda: curses.beep(),
    lambda: curses.doupdate(),
    lambda: curses.has_colors(),
    lambda: curses.color_pair(1),
    lambda: curses.start_color(),
    lambda: curses.tigetstr("cup"),
    lambda: curses.tigetnum("colors"),
    lambda: curses.tigetflag("am"),
    lambda: curses.tparm(b"x"),
    lambda: curses.newwin(1),
    lambda: curses.newwin(1, 2, 3),
    lambda: curses.keyname("a"),
    lambda: curses.tigetstr(b"cup"),
    lambda: curses.tparm("x"),
    lambda: curses.set_escdelay(0),
    lambda: curses.set_tabsize(-1),
    lambda: curses.setupterm(5),
    lambda: curses.init_pair(-1, 0, 0),
    lambda: curses.color_content(-1),
    lambda: curses.init_color(1, -1, 0, 0),
):
    try:
        print("ok", call())
    except Exception as error:
        print(type(error).__name__, error)
