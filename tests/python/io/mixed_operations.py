# Random interleavings of reads, writes, seeks and tells on text and buffered
# streams (fixed seed): CPython's exact positions, cookies and buffer effects.
import io
import random

rnd = random.Random(4242)
TEXT_PIECES = ["a", "é", "€", "😀", "\n", "\r", "\r\n", "b"]


def text_trial():
    text = "".join(rnd.choice(TEXT_PIECES) for _ in range(rnd.randint(0, 40)))
    newline = rnd.choice([None, "", "\n", "\r\n"])
    raw = io.BytesIO(text.encode())
    f = io.TextIOWrapper(io.BufferedRandom(raw, rnd.choice([1, 3, 8, 64])),
                         encoding="utf-8", newline=newline)
    f._CHUNK_SIZE = rnd.choice([1, 2, 5, 128])
    saved = [0]
    log = []
    for _ in range(20):
        op = rnd.choice(["read", "readline", "tell", "seek", "write", "seekend", "truncate"])
        try:
            r = text_step(f, op, saved)
        except UnicodeDecodeError as e:
            r = f"UnicodeDecodeError({e.reason}, {e.start})"
        log.append(f"{op}={r!r}")
    f.flush()
    print(" ".join(log), f.newlines)
    print("  ", raw.getvalue())


def text_step(f, op, saved):
    if op == "read":
        return f.read(rnd.choice([-1, 0, 1, 4]))
    if op == "readline":
        return f.readline(rnd.choice([-1, 2]))
    if op == "tell":
        saved.append(f.tell())
        return saved[-1]
    if op == "seek":
        return f.seek(rnd.choice(saved))
    if op == "seekend":
        return f.seek(0, 2)
    if op == "write":
        return f.write(rnd.choice(["x", "é\n", "😀\r\n", "line\n"]))
    return f.truncate()


def buffered_trial():
    raw = io.BytesIO(bytes(rnd.choice(b"ab\n\r") for _ in range(rnd.randint(0, 30))))
    f = io.BufferedRandom(raw, rnd.choice([1, 2, 4, 16]))
    log = []
    for _ in range(20):
        op = rnd.choice(["read", "read1", "peek", "readline", "write", "seek", "tell",
                         "readinto", "flush"])
        if op == "read":
            r = f.read(rnd.choice([-1, 0, 1, 3, 10]))
        elif op == "read1":
            r = f.read1(rnd.choice([-1, 0, 1, 5, 40]))
        elif op == "peek":
            r = len(f.peek()) > 0
        elif op == "readline":
            r = f.readline(rnd.choice([-1, 2, 9]))
        elif op == "write":
            r = f.write(rnd.choice([b"ab", b"\n", b"xyz\n", b"0123456789" * 3]))
        elif op == "seek":
            whence = rnd.choice([0, 0, 1, 2])
            r = f.seek(rnd.choice([0, 3, 7, 50]) if whence == 0 else rnd.choice([-3, 0, 2]), whence)
        elif op == "tell":
            r = f.tell()
        elif op == "readinto":
            b = bytearray(rnd.choice([0, 2, 7]))
            r = (f.readinto(b), bytes(b))
        else:
            r = f.flush()
        log.append(f"{op}={r!r}")
    f.flush()
    print(" ".join(log))
    print("  ", raw.getvalue())


for trial in range(40):
    text_trial()
    buffered_trial()
