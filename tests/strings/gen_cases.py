"""Writes tests/strings/cases.json: what CPython 3.11 makes of string atoms.

Run with /usr/bin/python3.11 from the repository root:
    /usr/bin/python3.11 tests/strings/gen_cases.py

Each snippet is a small module whose first run of adjacent STRING tokens is the
atom under test. For each one the fixture records:
  tokens    the STRING tokens of that run (text, lineno, byte col, end lineno, end byte col)
  next      the token after the run (where CPython 3.11 reports string errors):
            [lineno, offset, end_lineno, end_offset] as a SyntaxError would carry them
  dump      ast.dump(node, include_attributes=True) of the atom's node, or null
  error     [msg, lineno, offset, end_lineno, end_offset] of the SyntaxError, or null
  warnings  [[category, message, lineno], ...] emitted while compiling

Replacement fields in the snippets are plain names (possibly non-ASCII, possibly
surrounded by whitespace or newlines), which the test's fake host can parse.
"""
import ast
import io
import json
import sys
import tokenize
import warnings

from snippets import SNIPPETS


def byte_col(lines, row, col):
    return len(lines[row - 1][:col].encode("utf-8"))


def first_string_run(source):
    lines = io.StringIO(source).readlines() or [""]
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    run = []
    following = None
    for tok in tokens:
        if tok.type in (tokenize.NL, tokenize.COMMENT):
            continue
        if tok.type == tokenize.STRING:
            run.append(tok)
        elif run:
            following = tok
            break
    if not run:
        raise ValueError("no STRING token in %r" % source)
    as_json = [
        [tok.string, tok.start[0], byte_col(lines, *tok.start), tok.end[0],
         byte_col(lines, *tok.end)]
        for tok in run
    ]
    # A SyntaxError at a token: offset is its character column + 1. CPython's
    # NEWLINE token is empty (it leaves the newline character out).
    if following.type in (tokenize.ENDMARKER, tokenize.NEWLINE):
        end = following.start
    else:
        end = following.end
    next_position = [following.start[0], following.start[1] + 1, end[0], end[1] + 1]
    return as_json, next_position


def find_atom(tree, tokens):
    first, last = tokens[0], tokens[-1]
    span = (first[1], first[2], last[3], last[4])
    for node in ast.walk(tree):
        if isinstance(node, (ast.Constant, ast.JoinedStr)) and (
            node.lineno, node.col_offset, node.end_lineno, node.end_col_offset
        ) == span:
            return node
    raise ValueError("no node spans %r in %r" % (span, ast.dump(tree, include_attributes=True)))


def case(source):
    tokens, next_position = first_string_run(source)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tree = ast.parse(source)
            dump = ast.dump(find_atom(tree, tokens), include_attributes=True)
            error = None
        except SyntaxError as exc:
            dump = None
            error = [exc.msg, exc.lineno, exc.offset, exc.end_lineno, exc.end_offset]
    found = [[w.category.__name__, str(w.message), w.lineno] for w in caught]
    return {
        "source": source,
        "tokens": tokens,
        "next": next_position,
        "dump": dump,
        "error": error,
        "warnings": found,
    }


def main():
    cases = [case(source) for source in SNIPPETS]
    with open("tests/strings/cases.json", "w", encoding="utf-8") as out:
        json.dump(cases, out, ensure_ascii=False, indent=1)
        out.write("\n")
    print("%d cases" % len(cases), file=sys.stderr)


if __name__ == "__main__":
    main()
