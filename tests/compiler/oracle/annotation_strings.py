"""Annotation expressions and the strings CPython 3.11 stores for them.

Usage: python3.11 annotation_strings.py FILE...   (or -c EXPR... for literal texts)
Collects every annotation in the files (parameters, returns, annotated
assignments), and for each distinct source text prints one JSON line:
{"source": TEXT, "ast": NODE (tools/py_ast_json.py shape), "stored": STRING}
where STRING is what `from __future__ import annotations` stores (the C unparser).
"""
import ast
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "tools"))
from py_ast_json import encode  # noqa: E402


def stored_string(text):
    namespace = {}
    exec(compile("from __future__ import annotations\nx: (\n" + text + "\n)\n", "<a>", "exec"),
         namespace)
    return namespace["__annotations__"]["x"]


def annotations_of(tree, source):
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            yield ast.get_source_segment(source, node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns:
            yield ast.get_source_segment(source, node.returns)
        elif isinstance(node, ast.AnnAssign):
            yield ast.get_source_segment(source, node.annotation)


def main(argv):
    texts = []
    if argv[:1] == ["-c"]:
        texts = argv[1:]
    else:
        for path in argv:
            try:
                with open(path, encoding="utf-8") as handle:
                    source = handle.read()
                tree = ast.parse(source)
            except (SyntaxError, UnicodeDecodeError, ValueError):
                continue
            texts.extend(text for text in annotations_of(tree, source) if text)
    seen = set()
    for text in texts:
        if text in seen or text.lstrip().startswith("*"):
            continue
        seen.add(text)
        try:
            annotation = ast.parse("x: (\n" + text + "\n)\n").body[0].annotation
            stored = stored_string(text)
        except (SyntaxError, NameError, TypeError):
            continue
        print(json.dumps({"source": text, "ast": encode(annotation), "stored": stored}))


main(sys.argv[1:])
