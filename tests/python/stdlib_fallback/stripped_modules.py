# Modules pyodide strips from its zip that Taipan takes from the installed
# CPython 3.11 Lib (vm/runtime/import/stdlib_fallback.ts): lzma over the
# native _lzma, pydoc_data, dbm (with its pure-Python dbm.dumb), and those
# that stop at a C module Taipan lacks as a CPython built without it would.
import importlib.util
import lzma
import os
import tempfile
import pydoc_data.topics
import dbm
import dbm.dumb

print(lzma.decompress(lzma.compress(b"taipan" * 10)) == b"taipan" * 10, lzma.CHECK_CRC64)
print(sorted(pydoc_data.topics.topics)[:3], "lambda" in pydoc_data.topics.topics)
with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "store")
    with dbm.dumb.open(path, "c") as db:
        db[b"key"] = b"value"
        db["text"] = "str"
    with dbm.dumb.open(path, "r") as db:
        print(sorted(db.keys()), db[b"key"], db[b"text"])
    print(dbm.whichdb(path))
for name in ("lzma", "_pydecimal", "pydoc_data", "dbm", "ssl", "sqlite3"):
    print(name, os.path.basename(importlib.util.find_spec(name).origin))
