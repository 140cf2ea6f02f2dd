"""CPython 3.11's string atoms of whole source files (run with /usr/bin/python3.11).

Reads file names on stdin (one per line) and prints one JSON object per file:
    {"file": NAME, "atoms": [[tokens, dump, fields], ...]}
where tokens are the atom's STRING tokens as [text, lineno, col, end_lineno,
end_col] (columns in UTF-8 bytes) and dump is ast.dump(node,
include_attributes=True) of its Constant or JoinedStr (null if none has the
atom's span), with the expression of
every FormattedValue replaced by the marker `Constant(value=Ellipsis)` (no
position): the test checks the string machinery on real code without needing
the expression parser. fields lists [kind, lineno, col_offset] of each field's
expression in source order, to check where fields are placed. Files CPython
rejects print {"file": NAME, "skip": MSG}.
"""
import ast
import io
import json
import sys
import tokenize
import warnings


class MarkFields(ast.NodeTransformer):
    """Replaces field expressions by the marker, keeping [kind, lineno, col_offset] of each."""

    def __init__(self):
        self.fields = []

    def visit_FormattedValue(self, node):
        value = node.value
        self.fields.append([type(value).__name__, value.lineno, value.col_offset])
        node.value = ast.Constant(value=Ellipsis)
        if node.format_spec is not None:
            self.visit(node.format_spec)
        return node


def runs(source):
    lines = io.StringIO(source).readlines()

    def col(row, column):
        return len(lines[row - 1][:column].encode("utf-8"))

    run = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in (tokenize.NL, tokenize.COMMENT):
            continue
        if tok.type == tokenize.STRING:
            run.append([tok.string, tok.start[0], col(*tok.start), tok.end[0], col(*tok.end)])
        elif run:
            yield run
            run = []


def atoms(path):
    with open(path, "rb") as handle:
        data = handle.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(data, path)
    source = io.TextIOWrapper(io.BytesIO(data), encoding=tokenize.detect_encoding(
        io.BytesIO(data).readline)[0], newline=None).read()
    by_span = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Constant, ast.JoinedStr)):
            span = (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
            by_span.setdefault(span, node)
    result = []
    for run in runs(source):
        span = (run[0][1], run[0][2], run[-1][3], run[-1][4])
        node = by_span.get(span)
        marker = MarkFields()
        dump = None if node is None else ast.dump(marker.visit(node), include_attributes=True)
        result.append([run, dump, marker.fields])
    return result


def main():
    for name in sys.stdin.read().split("\n"):
        if not name:
            continue
        try:
            print(json.dumps({"file": name, "atoms": atoms(name)}, ensure_ascii=False))
        except (SyntaxError, ValueError, UnicodeDecodeError) as exc:
            print(json.dumps({"file": name, "skip": "%s: %s" % (type(exc).__name__, exc)}))


if __name__ == "__main__":
    main()
