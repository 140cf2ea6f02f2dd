# curses.panel (_curses_panel over libpanelw) on a pseudo-terminal: the
# panel stack order (top/bottom, above/below), hiding and showing, moving,
# replacing a panel's window, user pointers, the same Python object coming
# back for each panel, and the errors, as CPython 3.11.
import sys

sys.path.insert(0, "lib")
from curses_pty import run_on_pty  # noqa: E402

CHILD = r'''
import curses
import curses.panel

attempt("before initscr", lambda: curses.panel.top_panel())
attempt("update before", lambda: curses.panel.update_panels())

def main(stdscr):
    log("module", curses.panel.version, curses.panel.error.__module__, curses.panel.panel)
    log("empty", curses.panel.top_panel(), curses.panel.bottom_panel())
    windows = [curses.newwin(5, 20, 2 + 3 * i, 4 + 6 * i) for i in range(3)]
    panels = [curses.panel.new_panel(window) for window in windows]
    for i, window in enumerate(windows):
        window.box()
        window.addstr(1, 1, f"panel {i}")
    names = {id(panel): f"p{i}" for i, panel in enumerate(panels)}
    name = lambda panel: None if panel is None else names[id(panel)]
    log("stack", name(curses.panel.top_panel()), name(curses.panel.bottom_panel()),
        [name(panel.above()) for panel in panels], [name(panel.below()) for panel in panels])
    panels[0].top()
    log("top", name(curses.panel.top_panel()), name(panels[0].below()))
    panels[0].bottom()
    log("bottom", name(curses.panel.bottom_panel()), name(curses.panel.top_panel()))
    panels[1].hide()
    log("hidden", panels[1].hidden(), panels[0].hidden(), name(curses.panel.top_panel()),
        [name(panel.above()) for panel in panels])
    panels[1].show()
    log("shown", panels[1].hidden(), name(curses.panel.top_panel()))
    panels[2].move(10, 30)
    log("moved", windows[2].getbegyx())
    attempt("move off", lambda: panels[2].move(100, 100))
    log("window", panels[0].window() is windows[0])
    other = curses.newwin(3, 10, 0, 0)
    panels[0].replace(other)
    log("replaced", panels[0].window() is other)
    attempt("userptr unset", lambda: panels[1].userptr())
    marker = object()
    panels[1].set_userptr(marker)
    log("userptr", panels[1].userptr() is marker)
    panels[1].set_userptr(None)
    log("userptr none", panels[1].userptr())
    attempt("new_panel int", lambda: curses.panel.new_panel(1))
    attempt("replace int", lambda: panels[0].replace("x"))
    attempt("instantiate", lambda: curses.panel.panel())
    curses.panel.update_panels()
    curses.doupdate()

try:
    curses.wrapper(main)
finally:
    save()
'''

status, screen, results = run_on_pty(CHILD)
print("status", status)
print(results, end="")
for text in ("panel 1", "panel 2"):
    print(repr(text), text.encode() in screen)
