"""What a curses program run by curses_pty.run_on_pty uses to report: log()
and attempt() collect lines, save() writes them to the results file."""
import sys

results = []


def log(*values):
    results.append(" ".join(map(str, values)))


def attempt(label, call):
    try:
        log(label, "ok", repr(call()))
    except Exception as error:
        log(label, type(error).__name__, str(error).split(" at 0x")[0])


def save():
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write("\n".join(results) + "\n")
