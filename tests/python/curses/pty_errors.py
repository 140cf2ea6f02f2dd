# Argument conversion and errors of _curses under a pseudo-terminal, as
# CPython 3.11: optional argument groups, characters and strings of the
# wrong type or size, ERR results named after the C function, the color
# and pair range checks before and after start_color(), NULL windows,
# key names, unctrl, ungetch/unget_wch, getsyx/setsyx, mouse calls,
# tab size and escape delay, resizing.
import sys

sys.path.insert(0, "lib")
from curses_pty import report  # noqa: E402

CHILD = r'''
import curses
def tryit(label, f):
    attempt(label, f)
try:
    s = curses.initscr()
    w = curses.newwin(3, 5, 0, 0)
    for label, f in [
      ("insstr", lambda: w.insstr(10, 10, "x")), ("insstrb", lambda: w.insstr(10, 10, b"x")),
      ("insnstr", lambda: w.insnstr(10, 10, "x", 1)), ("insnstrb", lambda: w.insnstr(10, 10, b"x", 1)),
      ("addnstr", lambda: w.addnstr(10, 10, "x", 1)), ("addnstrb", lambda: w.addnstr(10, 10, b"x", 1)),
      ("insch", lambda: w.insch(10, 10, "x")), ("insch2", lambda: w.insch(10, 10, 120)), ("inschw", lambda: w.insch("é")),
      ("inschw2", lambda: w.insch("\u20ac")),
      ("addchb", lambda: w.addch(10, 10, b"x")), ("addchi", lambda: w.addch(10, 10, 120)),
      ("addchbool", lambda: w.addch(True)), ("addchbig", lambda: w.addch(2**40)), ("addchneg", lambda: w.addch(-1)),
      ("echochar", lambda: w.echochar("é")),
      ("box1", lambda: w.box(1)), ("box3", lambda: w.box(1,2,3)), ("border9", lambda: w.border(*[0]*9)),
      ("hline", lambda: w.hline(10, 10, "-", 3)), ("hline2", lambda: w.hline("-")), ("vline", lambda: w.vline(0, 0, "|", 100)),
      ("inch", lambda: w.inch(10, 10)), ("instr", lambda: w.instr(10, 10)), ("instrn", lambda: w.instr(-1)),
      ("getstr", lambda: w.getstr(10, 10)), ("getch", lambda: w.getch(10, 10)), ("getkey", lambda: w.getkey(10, 10)),
      ("get_wch", lambda: w.get_wch(10, 10)),
      ("delch", lambda: w.delch(10, 10)), ("move", lambda: w.move(10, 10)),
      ("chgat", lambda: w.chgat(10, 10, 2, 0)), ("chgat5", lambda: w.chgat(1,2,3,4,5)),
      ("bkgd", lambda: w.bkgd("é")), ("bkgd2", lambda: w.bkgd(" ", curses.A_BOLD)), ("getbkgd", lambda: w.getbkgd()),
      ("attron", lambda: w.attron("x")), ("attrset", lambda: w.attrset(2**70)),
      ("scroll", lambda: w.scroll()), ("scroll2", lambda: w.scroll(1,2)),
      ("subwin", lambda: w.subwin(100, 100)), ("subwin1", lambda: w.subwin(1)), ("derwin", lambda: w.derwin(100, 100)),
      ("refresh", lambda: w.refresh(1,2,3,4,5,6)), ("refresh2", lambda: w.refresh(1)),
      ("mvwin", lambda: w.mvwin(100, 100)), ("resize", lambda: w.resize(-1, -1)),
      ("setscrreg", lambda: w.setscrreg(10, 20)), ("touchline", lambda: w.touchline(100, 1)),
      ("redrawln", lambda: w.redrawln(100, 1)), ("is_linetouched", lambda: w.is_linetouched(100)),
      ("keypad", lambda: w.keypad("x")), ("keypad2", lambda: w.keypad(2)),
      ("overlay", lambda: w.overlay(3)), ("overlay6", lambda: w.overlay(s, 0, 0, 100, 100, 200, 200)),
      ("timeout", lambda: w.timeout(1.5)),
      ("newwin", lambda: curses.newwin(-1, -1)), ("newwin3", lambda: curses.newwin(1,2,3)),
      ("newpad", lambda: curses.newpad(-1, 5)),
      ("curs_set", lambda: curses.curs_set(5)), ("napms", lambda: curses.napms(1)), ("beep", lambda: curses.beep()),
      ("flash", lambda: curses.flash()), ("doupdate", lambda: curses.doupdate()),
      ("cbreak", lambda: curses.cbreak("x")), ("echo", lambda: curses.echo(0)),
      ("color_pair", lambda: curses.color_pair(1)), ("pair_number", lambda: curses.pair_number(512)),
      ("unctrl", lambda: curses.unctrl(1)), ("unctrl2", lambda: curses.unctrl("é")), ("keyname", lambda: curses.keyname(-1)),
      ("keyname2", lambda: curses.keyname(1000)), ("keyname3", lambda: curses.keyname(3)),
      ("ungetch", lambda: curses.ungetch("é")), ("unget_wch", lambda: curses.unget_wch("\u20ac")), ("get_wch2", lambda: s.get_wch()),
      ("isendwin", lambda: curses.isendwin()), ("erasechar", lambda: curses.erasechar()), ("killchar", lambda: curses.killchar()),
      ("longname", lambda: curses.longname()), ("termname", lambda: curses.termname()), ("termattrs", lambda: curses.termattrs()),
      ("baudrate", lambda: curses.baudrate()), ("has_ic", lambda: (curses.has_ic(), curses.has_il())),
      ("halfdelay", lambda: curses.halfdelay(0)), ("getsyx", lambda: curses.getsyx()), ("setsyx", lambda: curses.setsyx(1,1)),
      ("escdelay", lambda: curses.get_escdelay()), ("tabsize", lambda: curses.get_tabsize()),
      ("resizeterm", lambda: curses.is_term_resized(24, 80)), ("intrflush", lambda: curses.intrflush(False)),
      ("meta", lambda: curses.meta(True)), ("typeahead", lambda: curses.typeahead(-1)),
      ("update_lines_cols", lambda: curses.update_lines_cols()),
      ("can_change_color", lambda: curses.can_change_color()), ("color_content", lambda: curses.color_content(1)),
      ("mousemask", lambda: curses.mousemask(curses.ALL_MOUSE_EVENTS)), ("mouseinterval", lambda: curses.mouseinterval(100)),
      ("getmouse", lambda: curses.getmouse()),
    ]:
        tryit(label, f)
    log(repr(w.encoding), w.encoding.__class__, type(w).__module__, type(w).__name__, type(w).__qualname__)
    tryit("newinstance", lambda: type(w)())
    for label, f in [
      ("ip0", lambda: curses.init_pair(-1, 0, 0)), ("ip1", lambda: curses.init_pair(1, -2, 0)), ("ip2", lambda: curses.init_pair(2**31, 0, 0)),
      ("ip3", lambda: curses.init_pair(2**40, 0, 0)), ("ip4", lambda: curses.init_pair(1, 2**40, 0)), ("ip5", lambda: curses.init_pair(1, -2**40, 0)),
      ("ic", lambda: curses.init_color(1, -1, 0, 0)), ("ic2", lambda: curses.init_color(1, 1001, 0, 0)),
      ("cc", lambda: curses.color_content(-1)), ("pc", lambda: curses.pair_content(-1)), ("pc2", lambda: curses.pair_content(1)),
      ("sc", lambda: curses.start_color()),
      ("ip6", lambda: curses.init_pair(1, curses.COLOR_RED, -1)), ("pc3", lambda: curses.pair_content(1)), ("pc4", lambda: curses.pair_content(64)),
      ("ic3", lambda: curses.init_color(1, 500, 500, 500)), ("cc2", lambda: curses.color_content(1)), ("cc3", lambda: curses.color_content(8)),
      ("udc", lambda: curses.use_default_colors()), ("cp", lambda: curses.color_pair(2**40)), ("pn", lambda: curses.pair_number(2**40)),
      ("cp2", lambda: curses.color_pair(300)), ("pn2", lambda: curses.pair_number(-1)),
      ("halfdelay", lambda: curses.halfdelay(300)), ("halfdelay2", lambda: curses.halfdelay(-1)),
      ("escdelay", lambda: curses.set_escdelay(0)), ("tabsize", lambda: curses.set_tabsize(0)), ("tabsize2", lambda: (curses.set_tabsize(4), curses.get_tabsize())),
      ("unget", lambda: curses.unget_wch("ab")), ("unget2", lambda: curses.unget_wch(1.5)), ("unget3", lambda: (curses.unget_wch(0x20ac), s.get_wch())),
      ("ungetch", lambda: (curses.ungetch(65), s.getch())), ("ungetch2", lambda: (curses.ungetch(b"B"), s.getkey())),
      ("keyname", lambda: [curses.keyname(k) for k in (0, 27, 65, 127, 128, 200, 255, 256, 259, 265, 410)]),
      ("unctrl", lambda: [curses.unctrl(k) for k in (0, 27, 65, 127, 128, 200, b"a", "a", 0x141)]),
      ("has_key", lambda: [curses.has_key(k) for k in (259, 265, 410, 600)]),
      ("getsyx", lambda: (curses.setsyx(3, 4), curses.getsyx())),
      ("mouse", lambda: curses.ungetmouse(1, 2, 3, 4, curses.BUTTON1_CLICKED)), ("mouse2", lambda: curses.getmouse()),
      ("update", lambda: (curses.update_lines_cols(), curses.LINES, curses.COLS)),
      ("resize", lambda: (curses.resizeterm(20, 60), curses.LINES, curses.COLS, s.getmaxyx())),
    ]:
        tryit(label, f)
    for label, f in [
      ("ip1", lambda: curses.init_pair(1, -2, 0)), ("ip1b", lambda: curses.init_pair(1, -1, 0)),("ip1c", lambda: curses.init_pair(1, 0, 0)),
      ("cc", lambda: curses.color_content(-1)),  ("cc1", lambda: curses.color_content(-2**40)), ("cc2", lambda: curses.color_content(0)),
      ("ic", lambda: curses.init_color(-1, 0, 0, 0)),
      
      ("ip2", lambda: curses.init_pair(1, -2, 0)), ("ip3", lambda: curses.init_pair(1, -2**40, 0)), ("ip4", lambda: curses.init_pair(1, 2**40, 0)),
      ("ip5", lambda: curses.init_pair(1, 8, 0)), ("ip6", lambda: curses.init_pair(2**40, 1, 0)), ("ip7", lambda: curses.init_pair(-2**40, 1, 0)),
      ("ip8", lambda: curses.init_pair(1, "x", 0)), ("ip9", lambda: curses.init_pair(64, 1, 0)),("ip10", lambda: curses.init_pair(0, 1, 0)),
      ("cc3", lambda: curses.color_content(-2**40)), ("cc4", lambda: curses.color_content(-1)), ("cc5", lambda: curses.color_content(2**70)),
      ("ic2", lambda: curses.init_color(1, 0, -2**40, 0)), ("ic3", lambda: curses.init_color(1, 0, 2**40, 0)),
      ("pc", lambda: curses.pair_content(2**40)), ("pc2", lambda: curses.pair_content(100)), ("pc3", lambda: curses.pair_content(0)),
    ]:
        tryit(label, f)
    latin = curses.newwin(5, 5, 0, 0)
    latin.encoding = "latin-1"
    tryit("insch latin", lambda: (latin.insch(0, 0, "\xe9"), latin.inch(0, 0)))
    tryit("insch euro", lambda: latin.insch(0, 0, "\u20ac"))
    tryit("border latin", lambda: (latin.border("\xe9"), latin.inch(1, 0)))
    tryit("unctrl 128", lambda: curses.unctrl("\x80"))
    latin.encoding = "ascii"
    tryit("insch ascii", lambda: latin.insch("\xe9"))
    w2 = curses.newwin(3, 5, 0, 0)
    for line in (100, -1, 1, 2, 3, 4):
        attempt(f"is_linetouched {line}", lambda: w2.is_linetouched(line))
finally:
    curses.endwin()
    save()
'''

report(CHILD)
