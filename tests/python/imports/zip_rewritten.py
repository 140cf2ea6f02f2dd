# A module in a zip archive that is rewritten between two runs (same name,
# same length, other content) is compiled again: the compiled-code cache must
# not hand back the old code. Stored and deflated entries both.
import os
import subprocess
import sys
import tempfile
import zipfile


def write(path, text, method):
    with zipfile.ZipFile(path, "w", method) as archive:
        archive.writestr("zmod.py", text)


def run(path):
    code = f"import sys; sys.path.insert(0, {path!r}); import zmod; print(zmod.X)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return done.stdout.strip() or done.stderr.strip().splitlines()[-1]


with tempfile.TemporaryDirectory() as directory:
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        path = os.path.join(directory, f"m{method}.zip")
        for value in ("one", "two", "six"):
            write(path, f"X = {value!r}\n", method)
            print(method, run(path))
