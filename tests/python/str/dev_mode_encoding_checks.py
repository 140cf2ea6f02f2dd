# The development mode (-X dev, PYTHONDEVMODE) looks up the encoding and the
# error handler given to str/bytes conversions even when nothing needs them;
# without it an unused error handler is not looked up, and empty bytes decode
# to '' whatever the encoding.
import os
import subprocess
import sys

CHECKS = r'''
import io, sys
def attempt(label, call):
    try:
        result = call()
    except LookupError as e:
        print(label, "LookupError:", e)
    else:
        print(label, repr(result))

attempt("str.encode empty, bad errors", lambda: "".encode("utf8", "Boom"))
attempt("str.encode text, bad errors", lambda: "abc".encode("ascii", "Boom"))
attempt("str.encode bad encoding", lambda: "".encode("Boom"))
attempt("bytes.decode empty, bad encoding", lambda: b"".decode("Boom"))
attempt("bytes.decode text, bad errors", lambda: b"abc".decode("latin1", "Boom"))
attempt("bytearray.decode empty", lambda: bytearray().decode("Boom"))
attempt("str(bytes) empty", lambda: str(b"", "Boom"))
attempt("str(bytes) bad errors", lambda: str(b"abc", errors="Boom"))
attempt("bytes(str) bad errors", lambda: bytes("abc", "utf8", "Boom"))
attempt("bytearray(str) bad errors", lambda: bytearray("", "utf8", "Boom"))
attempt("TextIOWrapper bad errors", lambda: io.TextIOWrapper(io.BytesIO(), "utf8", "Boom").errors)
attempt("codecs function", lambda: __import__("codecs").utf_8_encode("", "Boom"))
print(sys.flags.dev_mode, sys.warnoptions, sys._xoptions)
import faulthandler
print(faulthandler.is_enabled())
'''

env = {k: v for k, v in os.environ.items() if k != "PYTHONDEVMODE"}
for label, args, extra in [
    ("normal", [], {}),
    ("-X dev", ["-X", "dev"], {}),
    ("-X dev -W error", ["-X", "dev", "-W", "error"], {}),
    ("PYTHONDEVMODE=1", [], {"PYTHONDEVMODE": "1"}),
    ("PYTHONDEVMODE=1 -E", ["-E"], {"PYTHONDEVMODE": "1"}),
]:
    print("==", label)
    out = subprocess.run(
        [sys.executable, *args, "-c", CHECKS],
        env={**env, **extra},
        capture_output=True,
        text=True,
    )
    print(out.stdout, end="")
    print(out.stderr, end="")
