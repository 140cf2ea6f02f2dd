"""Oracle for source decoding (PEP 263) tests: writes encoding_expected.json.

    /usr/bin/python3.11 tests/tokenizer/cpython_encodings.py tests/tokenizer/encoding_expected.json

For every case the bytes are given to compile() (origin "compile", also what
importlib does) and run as a script file by a subprocess of the same Python (origin
"file"), whose SyntaxError is caught by a sys.excepthook installed from a
sitecustomize module. Decoded text is what tokenize.detect_encoding decides.
"""
import base64
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import tokenize

CASES = [
    ("plain utf-8", b"x = '\xc3\xa9'\n"),
    ("utf-8 bom", b"\xef\xbb\xbfx = '\xc3\xa9'\n"),
    ("bom with utf-8 cookie", b"\xef\xbb\xbf# coding: utf-8\nx = 1\n"),
    ("bom with latin-1 cookie", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"),
    ("bom with unknown cookie", b"\xef\xbb\xbf# coding: foo\nx = 1\n"),
    ("latin-1 cookie", b"# -*- coding: latin-1 -*-\nx = '\xe4'\n"),
    ("iso-8859-1 cookie on line 2", b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\nx = '\xe4'\n"),
    ("latin1 spelling", b"# coding=latin1\nx = '\xff'\n"),
    ("cookie on line 2 after code is ignored", b"x = 1\n# coding: latin-1\ny = 2\n"),
    ("cookie on line 3 is ignored", b"#\n#\n# coding: latin-1\nx = 1\n"),
    ("blank line 1 then cookie", b"\n# coding: latin-1\nx = '\xe4'\n"),
    ("unknown encoding", b"# coding: foo\nx = 1\n"),
    ("misspelled utf-8", b"# coding: uft-8\nx = 1\n"),
    ("cookie needs a comment", b"x = 1 # coding: latin-1\n"),
    ("empty cookie name is skipped", b"# coding: coding:latin-1\nx = '\xe4'\n"),
    ("ascii cookie with non-ascii", b"# coding: ascii\nx = '\xe4'\n"),
    ("ascii cookie", b"# coding: ascii\nx = 1\n"),
    ("cp1252 cookie", b"# coding: cp1252\nx = '\x80\xe4'\n"),
    ("koi8-r cookie", b"# -*- coding: koi8-r -*-\nx = '\xc1\xc2'\n"),
    ("utf8 spelling with bad bytes", b"# coding: utf8\nx = '\xe4'\n"),
    ("invalid utf-8 line 1", b"x = '\xe4'\n"),
    ("invalid utf-8 line 3", b"# a\n\nx = '\xe4'\n"),
    ("invalid utf-8 in comment", b"# hi\nx = 1 # \xe4\n"),
    ("overlong utf-8", b"x = '\xc0\x80'\n"),
    ("surrogate in utf-8", b"x = '\xed\xa0\x80'\n"),
    ("truncated utf-8 at end", b"x = 1 #\xe2\x82"),
    ("crlf cookie", b"# coding: latin-1\r\nx = '\xe4'\r\n"),
    ("cr line numbers", b"# a\r# b\rx = '\xe4'\r"),
    ("undecodable line 1 before a line 2 cookie", b"# \xe4\n# coding: latin-1\nx = 1\n"),
]

# CPython 3.11.2 reads a script as C strings line by line: a NUL ends the line,
# the rest of it (newline included) is lost and the next line joins it. Cases
# where that ends in a tokenizer error, recorded with the full location.
NULL_CASES = [
    ("null byte joins the next line", b"x = 1\0junk\ny = 2\n"),
    ("null byte inside a string", b"x = \"a\0junk\"\nprint(x)\n"),
    ("null byte inside a triple-quoted string", b"x = '''a\nb\0'''\n"),
    ("null byte after an earlier error", b"x = (]\n\0\n"),
    ("null byte with crlf", b"x = 1\0junk\r\ny = 2\r\n"),
]

# compile(bytes): errors found while tokenizing, with their full location. Bytes
# that are not UTF-8 fail only inside a name; without a BOM or cookie, offsets
# that CPython's parser formats stay in bytes.
TOKENIZER_CASES = [
    ("undecodable byte inside a name", b"x = a\xe4b\n"),
    ("undecodable name", b"\xe4 = 1\n"),
    ("undecodable comment then name", b"x = 1 # \xe4\ny = \xe4\n"),
    ("two undecodable bytes after a letter", b"x = \xc3\xa9\xe4\xe4 + 1\n"),
    ("truncated sequence in a name", b"x = \xe2\x82 + 1\n"),
    ("undecodable comment then open bracket", b"x = 1 # \xe4\n(\n"),
    ("undecodable name after bom", b"\xef\xbb\xbfx = \xe4\n"),
    ("undecodable comments only", b"# \xe4\xe4\nx = 1 # \xff\n"),
    ("unclosed bracket after non-ascii", b"\xc3\xa9 = (\n"),
    ("unclosed bracket after non-ascii with cookie", b"# coding: utf-8\n\xc3\xa9 = (\n"),
    ("bad dedent with non-ascii", b"if x:\n    a\n  \xc3\xa9\n"),
    ("bad continuation after non-ascii", b"x = \xc3\xa9 \\ 1\n"),
    ("bad continuation after non-ascii with bom", b"\xef\xbb\xbfx = \xc3\xa9 \\ 1\n"),
    ("undecodable byte after an invalid character", b"x = \xe2\x82\xac\xe4\n"),
]

# Sources that are files: run as a script ("script"), or compiled from bytes
# under their own path as import does ("module"). CPython then quotes error
# lines from the file; the script tokenizer also ends input differently.
# `consumed`: the error is the parser's, at the tokenizer's cursor after that
# many tokens.
FILE_CASES = [
    ("script", "unclosed bracket on an earlier line", b"x = (\ny = [\n\n", None),
    ("script", "unclosed bracket without final newline", b"x = (", None),
    ("script", "final crlf", b"if x:\r\n", 5),
    ("script", "block missing at end", b"if x:\n", 5),
    ("script", "bad dedent with non-ascii", b"if x:\n    a\n  \xc3\xa9\n", None),
    ("script", "backslash at end without newline", b"x = 1 + \\", None),
    ("module", "unclosed bracket on an earlier line", b"x = (\ny = [\n\n", None),
    ("module", "unclosed bracket without final newline", b"x = (", None),
    ("module", "final crlf", b"if x:\r\n", 5),
    ("module", "bad continuation", b"x = (1 \\ 2)\n", None),
]

HOOK = """
import json, sys
def hook(kind, exc, tb):
    print(json.dumps({"class": kind.__name__, "msg": getattr(exc, "msg", str(exc)),
                      "lineno": getattr(exc, "lineno", None),
                      "offset": getattr(exc, "offset", None),
                      "text": getattr(exc, "text", None),
                      "endLineno": getattr(exc, "end_lineno", None),
                      "endOffset": getattr(exc, "end_offset", None)}))
sys.excepthook = hook
"""


def compile_result(data):
    try:
        compile(data, "case.py", "exec")
    except SyntaxError as exc:
        return {"class": type(exc).__name__, "msg": exc.msg}
    return None


def full_error(data, filename="case.py"):
    try:
        compile(data, filename, "exec")
    except SyntaxError as exc:
        return {
            "class": type(exc).__name__,
            "msg": exc.msg,
            "lineno": exc.lineno,
            "offset": exc.offset,
            "text": exc.text,
            "endLineno": exc.end_lineno,
            "endOffset": exc.end_offset,
        }
    return None


def file_result(directory, data):
    path = os.path.join(directory, "case.py")
    with open(path, "wb") as handle:
        handle.write(data)
    env = dict(os.environ, PYTHONPATH=directory)
    completed = subprocess.run(
        [sys.executable, path], capture_output=True, text=True, env=env, cwd=directory
    )
    output = completed.stdout.strip()
    return (json.loads(output), path) if output else (None, path)


def decoded(data):
    """The text compile() works on; bytes that are not UTF-8 as surrogate escapes."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError):
        # detect_encoding insists on a UTF-8 line 1 even when line 2 has the
        # cookie; compile() does not (PEP 263's own regular expression).
        lines = data.splitlines()
        if len(lines) > 1:
            match = re.match(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", lines[1])
            if match:
                return data.decode(match.group(1).decode())
        return data.decode("utf-8", "surrogateescape")


def main(out_path):
    results = []
    with tempfile.TemporaryDirectory() as directory:
        with open(os.path.join(directory, "sitecustomize.py"), "w") as hook:
            hook.write(HOOK)
        for name, data in CASES:
            file_error, path = file_result(directory, data)
            if file_error is not None:
                # The message names the script's path; the test substitutes its own.
                file_error["msg"] = file_error["msg"].replace(path, "{filename}")
                file_error = {"class": file_error["class"], "msg": file_error["msg"]}
            results.append({
                "name": name,
                "bytes": base64.b64encode(data).decode(),
                "compileError": compile_result(data),
                "fileError": file_error,
                "text": decoded(data) if compile_result(data) is None else None,
            })
        null_results = []
        for name, data in NULL_CASES:
            file_error, _path = file_result(directory, data)
            null_results.append({
                "name": name,
                "bytes": base64.b64encode(data).decode(),
                "fileError": file_error,
            })
        file_results = []
        for kind, name, data, consumed in FILE_CASES:
            if kind == "script":
                error, _path = file_result(directory, data)
            else:
                path = os.path.join(directory, "module.py")
                with open(path, "wb") as handle:
                    handle.write(data)
                error = full_error(data, path)
            file_results.append({
                "kind": kind,
                "name": name,
                "bytes": base64.b64encode(data).decode(),
                "consumed": consumed,
                "error": error,
            })
    tokenizer_results = [
        {"name": name, "bytes": base64.b64encode(data).decode(), "compileError": full_error(data)}
        for name, data in TOKENIZER_CASES
    ]
    expected = {
        "decoding": results,
        "nullBytes": null_results,
        "tokenizing": tokenizer_results,
        "files": file_results,
    }
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump(expected, out, indent=1, ensure_ascii=True)
        out.write("\n")


if __name__ == "__main__":
    if sys.version_info[:3] != (3, 11, 2):
        sys.exit("run this with the oracle, /usr/bin/python3.11 (CPython 3.11.2)")
    main(sys.argv[1])
