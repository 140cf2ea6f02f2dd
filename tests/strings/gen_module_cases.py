"""Writes tests/strings/module_cases.json: whole-module results of CPython 3.11.

Run with /usr/bin/python3.11 from the repository root. Every snippet of
snippets.py (SNIPPETS and FIELD_SNIPPETS) is parsed as a module; the fixture
records ast.dump(tree, include_attributes=True), or the SyntaxError as
[msg, lineno, offset, end_lineno, end_offset], and the warnings as
[[category, message, lineno], ...]. module_test.ts runs the same snippets
through the real parser (vm/compiler/parse.ts), so replacement fields may hold
any expression.
"""
import ast
import json
import warnings

from snippets import FIELD_SNIPPETS, SNIPPETS


def case(source):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            dump = ast.dump(ast.parse(source), include_attributes=True)
            error = None
        except SyntaxError as exc:
            dump = None
            error = [exc.msg, exc.lineno, exc.offset, exc.end_lineno, exc.end_offset]
    found = [[w.category.__name__, str(w.message), w.lineno] for w in caught]
    return {"source": source, "dump": dump, "error": error, "warnings": found}


def main():
    cases = [case(source) for source in SNIPPETS + FIELD_SNIPPETS]
    with open("tests/strings/module_cases.json", "w", encoding="utf-8") as out:
        json.dump(cases, out, ensure_ascii=False, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
