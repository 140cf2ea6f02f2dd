# The rest of the window methods on a pseudo-terminal, as CPython 3.11:
# overlay/overwrite (whole and by rectangle), derived windows moved,
# synchronisation, enclose, touch state, window flags, standout,
# inserting and deleting lines and characters, scrolling regions,
# echochar, pads and subpads, terminal mode calls, and the attributes
# that addstr/addnstr/hline apply for one call.
import sys

sys.path.insert(0, "lib")
from curses_pty import report  # noqa: E402

CHILD = r'''
import curses
tryit = attempt
try:
    s = curses.initscr()
    a = curses.newwin(4, 10, 0, 0); b = curses.newwin(4, 10, 5, 5)
    a.addstr(0, 0, "abc def"); b.addstr(1, 0, "zzzzzzzzz")
    tryit("overlay", lambda: (a.overlay(b), b.instr(0, 0, 9)))
    tryit("overwrite", lambda: (a.overwrite(b), b.instr(1, 0, 9)))
    tryit("overlay6", lambda: (a.overlay(b, 0, 0, 2, 2, 2, 6), b.instr(2, 0, 9)))
    tryit("overwrite6", lambda: (a.overwrite(b, 0, 0, 3, 0, 3, 5), b.instr(3, 0, 9)))
    d = a.derwin(2, 4, 1, 1)
    tryit("mvderwin", lambda: (d.mvderwin(2, 2), d.getparyx(), d.getbegyx()))
    tryit("mvwin", lambda: (b.mvwin(6, 6), b.getbegyx()))
    tryit("sync", lambda: (d.syncup(), d.syncdown(), d.cursyncup(), a.getyx()))
    tryit("enclose", lambda: (b.enclose(6, 6), b.enclose(0, 0), b.enclose(9, 15), b.enclose(10, 16)))
    tryit("touch", lambda: (a.touchwin(), a.is_wintouched(), a.untouchwin(), a.is_wintouched(), a.touchline(1, 2), a.is_linetouched(1), a.is_linetouched(0), a.touchline(0, 1, False), a.is_linetouched(0)))
    tryit("redraw", lambda: (a.redrawwin(), a.redrawln(0, 2)))
    tryit("flags", lambda: (a.idlok(1), a.idcok(0), a.immedok(False), a.clearok(1), a.leaveok(0), a.notimeout(1), a.syncok(0)))
    tryit("standout", lambda: (a.standout(), a.addstr(2, 0, "so"), a.standend(), a.inch(2, 0) & curses.A_STANDOUT == curses.A_STANDOUT, a.inch(2, 2) & curses.A_STANDOUT))
    tryit("lines", lambda: (a.move(1, 0), a.insertln(), a.instr(1, 0, 5), a.instr(0, 0, 3), a.deleteln(), a.insdelln(2), a.instr(0, 0, 3), a.insdelln(-2), a.instr(0, 0, 3)))
    tryit("setscrreg", lambda: (a.setscrreg(1, 2), a.scrollok(True), a.scroll(), a.instr(0, 0, 3)))
    tryit("echochar", lambda: (a.echochar("q"), a.echochar(b"r", curses.A_BOLD), a.getyx()))
    tryit("delch", lambda: (a.addstr(3, 0, "hello"), a.delch(3, 1), a.instr(3, 0, 5), a.delch(), a.instr(3, 0, 5)))
    p = curses.newpad(10, 10)
    sp = p.subpad(3, 3, 1, 1)
    tryit("subpad", lambda: (sp.getbegyx(), sp.getparyx(), p.noutrefresh(0, 0, 0, 0, 5, 5), curses.doupdate()))
    tryit("subpad refresh", lambda: sp.noutrefresh())
    tryit("terminal", lambda: (curses.savetty(), curses.resetty(), curses.def_shell_mode(), curses.reset_shell_mode(), curses.reset_prog_mode(), curses.flushinp(), curses.qiflush(), curses.qiflush(False), curses.noqiflush(), curses.typeahead(0), curses.intrflush(True), curses.meta(False), curses.delay_output(1), curses.has_il()))
    tryit("halfdelay", lambda: (curses.halfdelay(5), curses.nocbreak()))
    tryit("attr", lambda: (a.attrset(curses.A_BOLD | curses.color_pair(0)), a.addstr(0, 0, "B"), a.inch(0, 0), a.attron(curses.A_UNDERLINE), a.addch(0, 1, "U"), a.inch(0, 1), a.attroff(curses.A_BOLD), a.addch(0, 2, "V"), a.inch(0, 2)))
    tryit("addstr attr", lambda: (a.attrset(curses.A_DIM), a.addstr(1, 0, "X", curses.A_BOLD), a.inch(1, 0), a.addstr(1, 1, "Y"), a.inch(1, 1)))
    tryit("addnstr attr", lambda: (a.addnstr(2, 0, "\u00e9\u00e8", 1, curses.A_REVERSE), a.instr(2, 0, 3), a.inch(2, 0) & ~curses.A_CHARTEXT))
    tryit("hline attr", lambda: (a.hline(3, 0, "=", 4, curses.A_BOLD), a.instr(3, 0, 5), a.inch(3, 0)))
    tryit("get_wch pos", lambda: (a.nodelay(True), a.getch(0, 5), a.getyx()))
finally:
    curses.endwin()
    save()
'''

report(CHILD)
