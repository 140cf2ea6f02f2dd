"""CPython's side of the AST differential test (run with /usr/bin/python3.11).

For each file prints what `deno task ast FILE` prints for it:
    ==> FILE <==
    <ast.dump(ast.parse(source, FILE, type_comments=True), include_attributes=True, indent=3)>
or, when the file is rejected, one line `ClassName: str(exc)` instead of the dump,
e.g. `IndentationError: unexpected indent (x.py, line 3)`.

Usage: ast_oracle.py [--hash] [--no-type-comments] [--files-from -] [FILE...]
  --hash    print one JSON object per file instead: {"file", "sha256", "error"}
            where sha256 is the hash of the UTF-8 block body (dump or error line)
            and error is that line when the file was rejected, else null.
  --json    print one JSON object per file instead: {"file", "ast"} with the tree in
            Taipan's node shape (tools/py_ast_json.py), or {"file", "error": line}.
  --warnings  after the dump, one line per warning the parser emitted, in order:
            `DeprecationWarning: invalid escape sequence '\\d' (line 3)`
            (not after an error line).
  --files-from -   read further file names from stdin, one per line.
"""
import ast
import hashlib
import json
import sys
import warnings


def parse(path, type_comments, caught=None):
    """The tree of one file, or the error line when CPython rejects it.

    Warnings the parser emits are appended to `caught` (a list) when given."""
    try:
        with open(path, "rb") as handle:
            source = handle.read()
        with warnings.catch_warnings(record=True) as recorded:
            warnings.simplefilter("always")
            tree = ast.parse(source, path, "exec", type_comments=type_comments)
        if caught is not None:
            caught.extend(recorded)
        return tree, None
    except Exception as exc:  # every failure is part of the comparison
        return None, "%s: %s" % (type(exc).__name__, exc)


def render(path, type_comments, with_warnings):
    """The block body for one file and whether it is an error line."""
    caught = []
    tree, error = parse(path, type_comments, caught)
    if error is not None:
        return error, True
    try:
        body = ast.dump(tree, include_attributes=True, indent=3)
    except Exception as exc:  # e.g. ValueError from repr() of a huge int
        return "%s: %s" % (type(exc).__name__, exc), True
    if with_warnings:
        for warning in caught:
            body += "\n%s: %s (line %s)" % (warning.category.__name__, warning.message,
                                           warning.lineno)
    return body, False


def main(argv):
    hash_mode = "--hash" in argv
    type_comments = "--no-type-comments" not in argv
    with_warnings = "--warnings" in argv
    paths = [a for a in argv if not a.startswith("--") and a != "-"]
    if "--files-from" in argv:
        paths += [line.rstrip("\n") for line in sys.stdin if line.strip()]
    out = sys.stdout
    if "--json" in argv:
        from py_ast_json import encode

        for path in paths:
            tree, error = parse(path, type_comments)
            record = {"file": path, "error": error} if tree is None else {
                "file": path, "ast": encode(tree)}
            out.write(json.dumps(record) + "\n")
        return
    for path in paths:
        body, is_error = render(path, type_comments, with_warnings)
        if hash_mode:
            digest = hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()
            record = {"file": path, "sha256": digest, "error": body if is_error else None}
            out.write(json.dumps(record) + "\n")
            out.flush()
        else:
            out.write("==> %s <==\n%s\n" % (path, body))


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    main(sys.argv[1:])
