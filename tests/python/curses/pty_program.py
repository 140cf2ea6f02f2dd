# A curses program on a pseudo-terminal (TERM=xterm, 24x80) through
# curses.wrapper: windows and subwindows, drawing with attributes and
# colors, borders, scrolling, reading the cells back, modes and keys typed
# on the master side (getch, getkey, get_wch, keypad arrows, a timeout).
# The child records what it sees and writes it after endwin; the parent
# prints that and checks what reached the screen.
import sys

sys.path.insert(0, "lib")
from curses_pty import run_on_pty  # noqa: E402

CHILD = r'''
import curses

def main(stdscr):
    log("size", curses.LINES, curses.COLS, stdscr.getmaxyx(), stdscr.getbegyx(), stdscr.getparyx())
    log("acs", curses.ACS_ULCORNER == curses.ACS_BSSB, curses.ACS_HLINE & curses.A_CHARTEXT,
        bool(curses.ACS_VLINE & curses.A_ALTCHARSET), hasattr(curses, "ACS_STERLING"))
    log("colors", curses.has_colors(), curses.COLORS, curses.COLOR_PAIRS, curses.can_change_color())
    curses.init_pair(1, curses.COLOR_RED, curses.COLOR_BLACK)
    curses.init_pair(2, curses.COLOR_GREEN, curses.COLOR_BLUE)
    log("pairs", curses.pair_content(1), curses.pair_content(2), curses.color_pair(2),
        curses.pair_number(curses.color_pair(2) | curses.A_BOLD))
    log("encoding", stdscr.encoding, curses.isendwin())
    stdscr.addstr(0, 0, "Title: caf\u00e9 \u20ac", curses.A_BOLD)
    stdscr.addstr(1, 0, b"bytes here")
    stdscr.addstr(2, 0, "red", curses.color_pair(1))
    stdscr.addch(2, 4, "x", curses.A_UNDERLINE)
    stdscr.addch(ord("y"))
    stdscr.addch(b"z")
    stdscr.addnstr(3, 0, "truncated text", 5)
    stdscr.insstr(3, 0, ">>")
    stdscr.insnstr(3, 0, "0123", 1)
    stdscr.insch(3, 0, "[")
    log("yx", stdscr.getyx())
    log("instr", stdscr.instr(0, 0, 12), stdscr.instr(1, 0), stdscr.instr(3, 0, 10))
    log("inch", stdscr.inch(2, 4) & curses.A_CHARTEXT, bool(stdscr.inch(2, 4) & curses.A_UNDERLINE),
        curses.pair_number(stdscr.inch(2, 0)), stdscr.inch(0, 0) & curses.A_BOLD == curses.A_BOLD)
    stdscr.attron(curses.A_REVERSE)
    stdscr.addstr(4, 0, "reverse")
    stdscr.attroff(curses.A_REVERSE)
    stdscr.attrset(curses.A_NORMAL)
    stdscr.addstr(4, 10, "plain")
    log("attrs", bool(stdscr.inch(4, 0) & curses.A_REVERSE), bool(stdscr.inch(4, 10) & curses.A_REVERSE))
    stdscr.chgat(4, 10, 3, curses.A_BOLD | curses.color_pair(2))
    log("chgat", bool(stdscr.inch(4, 10) & curses.A_BOLD), curses.pair_number(stdscr.inch(4, 11)),
        bool(stdscr.inch(4, 13) & curses.A_BOLD))
    stdscr.move(5, 3)
    stdscr.addstr("moved")
    stdscr.clrtoeol()
    log("after move", stdscr.getyx(), stdscr.instr(5, 0, 10))

    window = curses.newwin(8, 30, 10, 5)
    window.border()
    window.addstr(1, 1, "in a window")
    log("window", window.getbegyx(), window.getmaxyx(), window.getparyx(), window.encoding)
    log("border", window.inch(0, 0) == curses.ACS_ULCORNER, window.inch(0, 1) == curses.ACS_HLINE,
        window.inch(7, 29) == curses.ACS_LRCORNER)
    sub = window.subwin(3, 10, 12, 8)
    derived = window.derwin(2, 5, 4, 20)
    log("subwin", sub.getbegyx(), sub.getparyx(), sub.getmaxyx(), derived.getbegyx(), derived.getparyx())
    sub.box()
    sub.addstr(1, 1, "sub")
    log("shared", window.instr(3, 4, 5))
    derived.bkgd("*", curses.A_DIM)
    log("bkgd", derived.getbkgd() & curses.A_CHARTEXT, bool(derived.getbkgd() & curses.A_DIM), derived.instr(0, 0, 5))
    window.hline(6, 1, "-", 5)
    window.vline(1, 28, curses.ACS_VLINE, 5)
    log("lines", window.instr(6, 0, 8))
    window.noutrefresh()
    stdscr.noutrefresh()
    curses.doupdate()

    scroller = curses.newwin(3, 10, 20, 0)
    scroller.scrollok(True)
    for line in ("one", "two", "three", "four"):
        scroller.addstr(line + "\n")
    log("scrolled", [scroller.instr(row, 0, 5) for row in range(3)])
    scroller.scroll(1)
    log("scroll", [scroller.instr(row, 0, 5) for row in range(3)])
    scroller.erase()
    log("erased", scroller.instr(0, 0, 3), scroller.is_wintouched())
    scroller.refresh()
    log("touched", scroller.is_wintouched(), scroller.is_linetouched(0))

    pad = curses.newpad(20, 100)
    pad.addstr(0, 0, "pad text")
    pad.refresh(0, 0, 19, 40, 20, 60)
    attempt("pad refresh", lambda: pad.refresh())

    attempt("addstr off", lambda: stdscr.addstr(30, 0, "x"))
    attempt("addstr bytes off", lambda: stdscr.addstr(30, 0, b"x"))
    attempt("addch off", lambda: stdscr.addch(30, 0, "x"))
    attempt("move off", lambda: stdscr.move(-1, 0))
    attempt("addstr type", lambda: stdscr.addstr(1.5))
    attempt("addstr count", lambda: stdscr.addstr(1, 2, 3, 4, 5))
    attempt("addstr kw", lambda: stdscr.addstr(str="x"))
    attempt("addch wide", lambda: stdscr.addch(6, 0, "\u00e9"))
    attempt("addch long", lambda: stdscr.addch("ab"))
    attempt("newwin null", lambda: curses.newwin(-1, 5))
    attempt("subwin big", lambda: window.subwin(50, 50, 0, 0))
    attempt("curs_set", lambda: curses.curs_set(1))
    attempt("keyname", lambda: (curses.keyname(259), curses.keyname(97), curses.keyname(1)))
    attempt("unctrl", lambda: (curses.unctrl(1), curses.unctrl(b"a"), curses.unctrl(127)))
    attempt("has_key", lambda: curses.has_key(curses.KEY_UP))
    attempt("modes", lambda: (curses.raw(), curses.noraw(), curses.cbreak(False), curses.cbreak(),
                              curses.echo(), curses.noecho(), curses.nl(), curses.nonl()))
    attempt("prog mode", lambda: (curses.def_prog_mode(), curses.reset_prog_mode(), curses.napms(1)))
    attempt("termname", lambda: (curses.termname(), curses.baudrate() > 0, curses.erasechar()))

    import inspect, tempfile
    with tempfile.TemporaryFile() as saved:
        log("putwin", window.putwin(saved) > 0)
        saved.seek(0)
        loaded = curses.getwin(saved)
        log("getwin", loaded.getbegyx(), loaded.getmaxyx(), loaded.instr(1, 1, 11), loaded.encoding)
    attempt("getwin text", lambda: curses.getwin(type("F", (), {"read": lambda self: "text"})()))
    attempt("encoding int", lambda: setattr(window, "encoding", 10))
    attempt("encoding del", lambda: delattr(window, "encoding"))
    window.encoding = "latin-1"
    log("encoding", window.encoding, window.derwin(1, 1, 0, 0).encoding, stdscr.encoding)
    attempt("signature", lambda: inspect.signature(stdscr.addch) and None)
    log("docs", stdscr.addch.__doc__.splitlines()[0], stdscr.getch.__text_signature__,
        stdscr.attron.__text_signature__)
    attempt("nul bytes", lambda: stdscr.addstr(b"a\0"))
    attempt("nul str", lambda: stdscr.insstr("a\0"))

    stdscr.addstr(7, 0, "READY")
    stdscr.refresh()
    stdscr.keypad(True)
    stdscr.timeout(10000)
    log("keys", stdscr.getch(), stdscr.getkey(), stdscr.getch() == curses.KEY_UP,
        repr(stdscr.get_wch()), stdscr.getkey())
    curses.ungetch(curses.KEY_LEFT)
    log("unget", stdscr.getkey())
    curses.unget_wch("\u00f1")
    log("unget_wch", repr(stdscr.get_wch()))
    stdscr.nodelay(True)
    log("nodelay", stdscr.getch())
    attempt("no input", lambda: stdscr.getkey())
    attempt("no wch", lambda: stdscr.get_wch())
    stdscr.nodelay(False)
    stdscr.timeout(50)
    log("timeout", stdscr.getch())

try:
    curses.wrapper(main)
    log("after endwin", curses.isendwin())
finally:
    save()
'''

status, screen, results = run_on_pty(CHILD, keys="ab\x1bOA\u00e9q".encode())
print("status", status)
print(results, end="")
for text in ("Title: caf\u00e9 \u20ac", "bytes here", "moved", "READY", "pad text"):
    print(repr(text), text.encode() in screen)
print("alternate screen", b"\x1b[?1049h" in screen, b"\x1b[?1049l" in screen)
