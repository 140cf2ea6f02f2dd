"""The oracle for the tokenizer tests: what CPython 3.11's C tokenizer produces.

`_tokenize.TokenizerIter` (3.11) runs the very tokenizer CPython's parser pulls
from, on str input with exec semantics (a final newline is added). It stops
silently at "status" errors (bad dedent, EOF in brackets, ...) whose messages
the parser formats, and it does not know type comments; for those the test
cases record what compile() / ast.parse report instead.

Usage (run with /usr/bin/python3.11):
  cpython_tokens.py cases CASES.py OUT.json  - expected results for the case list
  cpython_tokens.py corpus ROOT              - one line per .py file under ROOT:
                                               sha256 of its token dump, path
  cpython_tokens.py stdin                    - JSON list of sources in, token lists out
"""
import ast
import hashlib
import json
import os
import runpy
import sys
import token
import tokenize
import warnings

import _tokenize


def token_list(source):
    """Tokens as [type, string, lineno, col, end_lineno, end_col], and the raised error."""
    tokens = []
    error = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            for string, kind, lineno, end_lineno, col, end_col, _line in _tokenize.TokenizerIter(
                source
            ):
                # 3.11's tokenizer types async/await as ASYNC/AWAIT; Taipan keeps them NAME
                # tokens (keywords, like every other) and its parser treats them alike.
                if kind in (token.ASYNC, token.AWAIT):
                    kind = token.NAME
                tokens.append([kind, string, lineno, col, end_lineno, end_col])
        except SyntaxError as exc:
            error = describe(exc)
    return tokens, error


def describe(exc):
    return {
        "class": type(exc).__name__,
        "msg": exc.msg,
        "lineno": exc.lineno,
        "offset": exc.offset,
        "text": exc.text,
        "endLineno": exc.end_lineno,
        "endOffset": exc.end_offset,
    }


def compile_error(source, type_comments, warnings_as_errors):
    """The error ast.parse reports, and the warnings it emits on the way."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("error" if warnings_as_errors else "always")
        try:
            ast.parse(source, "<case>", type_comments=type_comments)
        except SyntaxError as exc:
            error = describe(exc)
        else:
            error = None
    emitted = [[item.category.__name__, str(item.message), item.lineno] for item in caught]
    return error, emitted


def type_comment_summary(source):
    """Type comments as the AST records them (for cases run with typeComments)."""
    tree = ast.parse(source, "<case>", type_comments=True)
    comments = sorted(
        [node.lineno, node.type_comment]
        for node in ast.walk(tree)
        if getattr(node, "type_comment", None) is not None and hasattr(node, "lineno")
    )
    ignores = [[item.lineno, item.tag] for item in tree.type_ignores]
    return {"comments": comments, "ignores": ignores}


def run_cases(cases_path, out_path):
    cases = runpy.run_path(cases_path)["CASES"]
    results = []
    for case in cases:
        source = case["source"]
        type_comments = case.get("typeComments", False)
        warnings_as_errors = case.get("warningsAsErrors", False)
        tokens, error = token_list(source)
        compile_result, emitted = compile_error(source, type_comments, warnings_as_errors)
        result = {
            "name": case["name"],
            "source": source,
            "typeComments": type_comments,
            "warningsAsErrors": warnings_as_errors,
            "tokens": tokens,
            "tokenizerError": error,
            "compileError": compile_result,
            "warnings": emitted,
        }
        if type_comments and result["compileError"] is None:
            result["typeCommentSummary"] = type_comment_summary(source)
        results.append(result)
    definitions = runpy.run_path(cases_path)
    later_errors = [
        {**case, "compileError": compile_error(case["source"], False, False)[0]}
        for case in definitions["LATER_ERROR_CASES"]
    ]
    cursor_cases = [
        {**case, "compileError": compile_error(case["source"], False, False)[0]}
        for case in definitions["CURSOR_CASES"]
    ]
    eval_cases = [
        {**case, "compileError": compile_eval_error(case["source"])}
        for case in definitions["EVAL_CASES"]
    ]
    expected = {
        "cases": results,
        "laterErrors": later_errors,
        "cursor": cursor_cases,
        "eval": eval_cases,
    }
    with open(out_path, "w", encoding="utf-8") as out:
        out.write(compact_json(expected))


def compact_json(expected):
    """One list entry per line: reviewable diffs without a line per number."""
    sections = []
    for key, entries in expected.items():
        lines = ",\n".join("  " + json.dumps(entry, ensure_ascii=True) for entry in entries)
        sections.append(f"{json.dumps(key)}: [\n{lines}\n]")
    return "{\n" + ",\n".join(sections) + "\n}\n"


def compile_eval_error(source):
    try:
        compile(source, "<case>", "eval")
    except SyntaxError as exc:
        return describe(exc)
    return None


def dump_line(token):
    kind, string, lineno, col, end_lineno, end_col = token
    return f"{kind} {lineno} {col} {end_lineno} {end_col} {string}\n"


def run_corpus(root):
    for directory, _subdirs, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(directory, name)
            try:
                with tokenize.open(path) as handle:
                    source = handle.read()
            except (SyntaxError, UnicodeDecodeError, LookupError):
                continue
            tokens, error = token_list(source)
            digest = hashlib.sha256()
            for token in tokens:
                digest.update(dump_line(token).encode("utf-8", "surrogatepass"))
            if error is not None:
                digest.update(f"error {error['msg']} {error['lineno']} {error['offset']}\n".encode())
            print(digest.hexdigest(), path)


def run_stdin():
    """A JSON list of sources on stdin -> a JSON list of {tokens, error}."""
    results = []
    for source in json.load(sys.stdin):
        tokens, error = token_list(source)
        results.append({"tokens": tokens, "error": error})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    if sys.version_info[:3] != (3, 11, 2):
        sys.exit("run this with the oracle, /usr/bin/python3.11 (CPython 3.11.2)")
    if sys.argv[1] == "cases":
        run_cases(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "stdin":
        run_stdin()
    else:
        run_corpus(sys.argv[2])
