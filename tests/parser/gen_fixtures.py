"""Regenerate the parser test fixtures from CPython 3.11 (the oracle).

Usage: /usr/bin/python3.11 tests/parser/gen_fixtures.py

Reads tests/parser/snippets.py (lists of source snippets) and writes
tests/parser/fixtures/*.json with CPython's answer for each snippet:
  ast.json    [mode, type_comments, source, ast.dump(include_attributes=True, indent=3)]
  errors.json [mode, type_comments, source, [class, msg, lineno, offset, end_lineno, end_offset]]
  doctests.json [mode, source, "ok" or the error as above] for every `>>>` example
              of CPython's own syntax tests (test_syntax.py, test_genexps.py, ...)
  literals.json ["exec", source, "ok" or the error] for every string constant of
              CPython's parser-related test files (the snippets they compile)
  incomplete.json [mode, source, "ok" or the error] compiled as codeop does, with
              PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT
"""
import ast
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import snippets  # noqa: E402

assert sys.version_info[:2] == (3, 11), "fixtures must come from CPython 3.11"


def ast_cases():
    out = []
    for mode, type_comments, source in snippets.valid_cases():
        tree = ast.parse(source, "<test>", mode, type_comments=type_comments)
        out.append([mode, type_comments, source, ast.dump(tree, include_attributes=True, indent=3)])
    return out


def outcome(mode, source):
    try:
        compile(source, "<test>", mode, ast.PyCF_ONLY_AST)
    except SyntaxError as exc:
        return [type(exc).__name__, exc.msg, exc.lineno, exc.offset, exc.end_lineno, exc.end_offset]
    except (MemoryError, ValueError):
        return None
    return "ok"


def doctest_cases():
    out = []
    for source in snippets.doctest_examples():
        for mode in ("exec", "single"):
            result = outcome(mode, source)
            if result is not None:
                out.append([mode, source, result])
    return out


def literal_cases():
    out = []
    for source in snippets.test_literals():
        result = outcome("exec", source)
        if result is not None:
            out.append(["exec", source, result])
    return out


ALLOW_INCOMPLETE_INPUT = 0x4000
DONT_IMPLY_DEDENT = 0x200


def incomplete_cases():
    out = []
    flags = ast.PyCF_ONLY_AST | ALLOW_INCOMPLETE_INPUT | DONT_IMPLY_DEDENT
    for mode in ("single", "exec"):
        for source in snippets.INCOMPLETE:
            try:
                compile(source, "<input>", mode, flags)
                out.append([mode, source, "ok"])
            except SyntaxError as exc:
                out.append([mode, source, [type(exc).__name__, exc.msg, exc.lineno, exc.offset,
                                           exc.end_lineno, exc.end_offset]])
    return out


def error_cases():
    out = []
    for mode, type_comments, source in snippets.error_cases():
        flags = ast.PyCF_ONLY_AST | (ast.PyCF_TYPE_COMMENTS if type_comments else 0)
        try:
            compile(source, "<test>", mode, flags)
        except SyntaxError as exc:
            out.append([mode, type_comments, source, [type(exc).__name__, exc.msg, exc.lineno,
                                                      exc.offset, exc.end_lineno, exc.end_offset]])
        except MemoryError:
            out.append([mode, type_comments, source, ["MemoryError", "", 0, 0, 0, 0]])
        else:
            raise SystemExit(f"snippet is valid, expected an error: {source!r}")
    return out


def main():
    warnings.simplefilter("ignore")
    os.makedirs(os.path.join(HERE, "fixtures"), exist_ok=True)
    for name, cases in (("ast.json", ast_cases()), ("errors.json", error_cases()),
                        ("doctests.json", doctest_cases()), ("literals.json", literal_cases()),
                        ("incomplete.json", incomplete_cases())):
        with open(os.path.join(HERE, "fixtures", name), "w", encoding="utf-8") as handle:
            json.dump(cases, handle, ensure_ascii=False, indent=0)
            handle.write("\n")


main()
