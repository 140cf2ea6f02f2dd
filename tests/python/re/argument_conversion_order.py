# Pattern.match/search's pos and endpos, and json's scanstring's end, are
# converted to Py_ssize_t before the subject is checked: a huge index is an
# OverflowError even for a subject of the wrong type.
import _json
import json.decoder
import re
import sys

BIG = sys.maxsize + 1


def attempt(label, thunk):
    try:
        print(label, thunk())
    except (TypeError, OverflowError, ValueError) as error:
        print(label, type(error).__name__, error)


pattern = re.compile("x")
attempt("match(b'x', BIG)", lambda: pattern.match(b"x", BIG))
attempt("match('x', BIG)", lambda: pattern.match("x", BIG))
attempt("search('x', 0, BIG)", lambda: pattern.search("x", 0, BIG))
attempt("match('x', 'a')", lambda: pattern.match("x", "a"))
attempt("match(b'x', 0)", lambda: pattern.match(b"x", 0))
attempt("match('xx', -3, 99)", lambda: pattern.match("xx", -3, 99))
attempt("C scanstring(b'xxx', BIG)", lambda: _json.scanstring(b"xxx", BIG))
attempt("C scanstring('xxx', 5)", lambda: _json.scanstring("xxx", 5))
attempt("C scanstring('ab\"', 1.0)", lambda: _json.scanstring('ab"', 1.0))
attempt("Py scanstring(b'xxx', BIG)", lambda: json.decoder.py_scanstring(b"xxx", BIG))
attempt("Py scanstring('ab\"', 1)", lambda: json.decoder.py_scanstring('ab"', 1))
