"""Dump CPython 3.11's AST as JSON in Taipan's node shape (vm/compiler/ast.ts).

Usage: python3.11 tools/py_ast_json.py FILE...      one JSON object per line:
         {"file": F, "ast": NODE} or {"file": F, "error": [cls, msg, lineno, offset]}
       python3.11 tools/py_ast_json.py -c SOURCE     the same for one source string
       add --mode exec|eval|single (default exec) before the files.

Nodes are {"_type": Kind, field: value, ..., lineno, col_offset, ...}. Constants
that JSON cannot carry are tagged objects: {"$float": repr}, {"$int": decimal}
(outside the JS safe range), {"$complex": [real_repr, imag_repr]},
{"$bytes": hex}, {"$ellipsis": true}, {"$tuple": [...]}, {"$frozenset": [...]}.
"""
import ast
import json
import sys

SAFE = 2**53 - 1


def encode_constant(value):
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if -SAFE <= value <= SAFE else {"$int": str(value)}
    if isinstance(value, float):
        return {"$float": repr(value)}
    if isinstance(value, complex):
        return {"$complex": [repr(value.real), repr(value.imag)]}
    if isinstance(value, bytes):
        return {"$bytes": value.hex()}
    if value is Ellipsis:
        return {"$ellipsis": True}
    if isinstance(value, tuple):
        return {"$tuple": [encode_constant(v) for v in value]}
    if isinstance(value, frozenset):
        return {"$frozenset": [encode_constant(v) for v in value]}
    raise TypeError(f"unexpected constant {value!r}")


def encode(node):
    if isinstance(node, list):
        return [encode(item) for item in node]
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    constant_fields = ("value",) if isinstance(node, (ast.Constant, ast.MatchSingleton)) else ()
    for field in node._fields:
        value = getattr(node, field, None)
        out[field] = encode_constant(value) if field in constant_fields else encode(value)
    for attr in node._attributes:
        if hasattr(node, attr):
            out[attr] = getattr(node, attr)
    return out


def dump(source, filename, mode):
    try:
        tree = ast.parse(source, filename, mode)
    except SyntaxError as exc:
        return {"file": filename, "error": [type(exc).__name__, exc.msg, exc.lineno, exc.offset]}
    return {"file": filename, "ast": encode(tree)}


def main(argv):
    mode = "exec"
    if argv[:1] == ["--mode"]:
        mode, argv = argv[1], argv[2:]
    if argv[:1] == ["-c"]:
        print(json.dumps(dump(argv[1], "<string>", mode)))
        return
    for path in argv:
        with open(path, "rb") as handle:
            source = handle.read()
        try:
            record = dump(source, path, mode)
        except (ValueError, UnicodeDecodeError) as exc:
            record = {"file": path, "error": [type(exc).__name__, str(exc), None, None]}
        sys.stdout.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
