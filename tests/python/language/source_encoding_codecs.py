# Source encodings beyond the built-in table go through the codec registry
# (cp437, cp850, mac_greek, ...), for compile() and for a script; an unknown
# one is "unknown encoding" / "encoding problem".
import os
import subprocess
import sys
import tempfile

for encoding in ("cp437", "cp850", "mac_greek", "cp1006"):
    text = f"# -*- coding: {encoding} -*-\ns = '\u2502\u00e9'\n"
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        text = f"# -*- coding: {encoding} -*-\ns = 'a'\n"
        data = text.encode(encoding)
    namespace = {}
    exec(compile(data, "<src>", "exec"), namespace)
    print(encoding, ascii(namespace["s"]))

try:
    compile(b"# coding: bogus\nx = 1\n", "<src>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "script.py")
    with open(path, "w", encoding="cp437") as f:
        f.write('# -*- coding: cp437 -*-\n"\u252c\u2502" + f(4, x for x in range(1))\n')
    result = subprocess.run([sys.executable, path], capture_output=True)
    print(result.returncode, result.stderr.decode("utf-8").splitlines()[-3:])
    with open(path, "w", encoding="cp437") as f:
        f.write('# -*- coding: cp437 -*-\nprint(ascii("\u252c\u2502"))\n')
    print(subprocess.run([sys.executable, path], capture_output=True).stdout)
