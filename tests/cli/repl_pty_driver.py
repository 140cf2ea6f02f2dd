"""Drives an interactive program through a pseudo-terminal for repl_pty_test.ts.

Run with /usr/bin/python3.11: driver.py SPEC_JSON, where SPEC_JSON is
{"argv": [...], "env": {...}, "steps": [{"send": str, "wait": str}, ...]};
a step with "paste": true writes its keys at once, as a paste does.
Before each step's keystrokes are sent, the driver waits until the output
produced since the previous step contains that step's "wait" text (a prompt)
and has then been quiet briefly, so keystrokes never arrive while the program
is not yet reading (the terminal would echo them itself); likewise after a Tab. Prints one JSON
object: the raw bytes the program wrote (latin-1 decoded) and its exit status.
"""
import json, os, pty, select, sys, time

spec = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.environ.clear()
    os.environ.update(spec["env"])
    os.execv(spec["argv"][0], spec["argv"])

output = bytearray()


def pump(seconds):
    """Read what the program writes for up to `seconds`; False at its end."""
    ready, _, _ = select.select([fd], [], [], seconds)
    if not ready:
        return True
    try:
        data = os.read(fd, 65536)
    except OSError:
        return False
    if not data:
        return False
    output.extend(data)
    return True


def wait_quiet():
    """Read until the program has written nothing for a moment."""
    while pump(0.15):
        before = len(output)
        if not pump(0.15) or len(output) == before:
            break


def wait_for(text, mark, timeout=60.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if text.encode() in output[mark:]:
            break
        if not pump(0.05):
            return False
    wait_quiet()
    return True


alive = True
mark = 0
for step in spec["steps"]:
    alive = wait_for(step.get("wait", ""), mark)
    if not alive:
        break
    mark = len(output)
    if step.get("paste"):
        os.write(fd, step["send"].encode())
    else:
        for key in step["send"]:
            os.write(fd, key.encode())
            time.sleep(0.01)
            if key == "\t":
                # A completion can take longer than a keystroke's gap (the
                # first one imports rlcompleter): the next key waits for it,
                # as a typist waits to see what Tab did.
                wait_quiet()
deadline = time.time() + 30
while alive and time.time() < deadline:
    alive = pump(0.1)
if alive:
    os.kill(pid, 9)
try:
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
except ChildProcessError:
    code = None
print(json.dumps({"output": output.decode("latin-1"), "status": code}))
