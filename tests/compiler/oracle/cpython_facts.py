"""Facts CPython 3.11 can tell about compiling a source, as JSON for the tests.

Reads a JSON list of jobs on stdin: {"source": TEXT} or {"file": PATH}, each with
an optional "mode" (exec/eval/single), "optimize" (0/1/2), "flags" (compile()
flags, for "code") and "what": one of
  symtable     the symbol table tree with each symbol's predicates
  code         the observable attributes of the code object tree
  consts       repr() of each of the top code object's co_consts
  positions    per code object, (opname, positions) of the ops tracebacks point at
  lines        per code object, the sorted line numbers co_lines() mentions
  warnings     the warnings compile() issues: [category, message, lineno]
  error        the SyntaxError (class, msg, lineno, offset) or null
  annotations  the __annotations__ strings stored under
               `from __future__ import annotations` (source must carry it)
Writes a JSON list of results in the same order.
"""
import json
import symtable
import sys
import types
import warnings

PREDICATES = ["local", "global", "declared_global", "free", "nonlocal", "parameter",
              "imported", "assigned", "referenced", "annotated"]


def dump_table(table):
    symbols = {}
    for sym in sorted(table.get_symbols(), key=lambda sym: sym.get_name()):
        symbols[sym.get_name()] = [p for p in PREDICATES if getattr(sym, "is_" + p)()]
    return {"name": table.get_name(), "type": table.get_type(), "lineno": table.get_lineno(),
            "symbols": symbols, "children": [dump_table(c) for c in table.get_children()]}


CODE_ATTRS = ["co_name", "co_qualname", "co_firstlineno", "co_argcount", "co_posonlyargcount",
              "co_kwonlyargcount", "co_flags", "co_varnames", "co_cellvars", "co_freevars",
              "co_nlocals"]


def dump_code(code):
    out = {attr: getattr(code, attr) for attr in CODE_ATTRS}
    for attr in ("co_varnames", "co_cellvars", "co_freevars"):
        out[attr] = list(out[attr])
    out["docstring"] = code.co_consts[0] if code.co_consts and isinstance(code.co_consts[0], str) else None
    out["children"] = [dump_code(c) for c in code.co_consts if isinstance(c, types.CodeType)]
    return out


TRACED_OPS = {"LOAD_METHOD", "LOAD_ATTR", "STORE_ATTR", "BINARY_OP", "COMPARE_OP",
              "BINARY_SUBSCR", "STORE_SUBSCR", "CALL", "RAISE_VARARGS"}


def dump_positions(code):
    import dis
    ops = [[i.opname, list(i.positions)] for i in dis.get_instructions(code)
           if i.opname in TRACED_OPS]
    children = [dump_positions(c) for c in code.co_consts if isinstance(c, types.CodeType)]
    return {"name": code.co_qualname, "ops": ops, "children": children}


def dump_lines(code):
    lines = sorted({line for _, _, line in code.co_lines() if line is not None})
    children = [dump_lines(c) for c in code.co_consts if isinstance(c, types.CodeType)]
    return {"name": code.co_qualname, "lines": lines, "children": children}


def annotation_strings(source):
    namespace = {}
    exec(compile(source, "<ann>", "exec"), namespace)
    out = {}
    def collect(prefix, obj):
        ann = getattr(obj, "__annotations__", None)
        if isinstance(ann, dict):
            for key, value in ann.items():
                out[prefix + key] = value
    collect("", types.SimpleNamespace(__annotations__=namespace.get("__annotations__", {})))
    for name, value in namespace.items():
        if callable(value) and hasattr(value, "__annotations__") and name != "__builtins__":
            collect(name + ".", value)
    return out


def run(job):
    source = job.get("source")
    filename = job.get("file", "<string>")
    if source is None:
        with open(filename, "rb") as handle:
            source = handle.read()
    mode = job.get("mode", "exec")
    what = job["what"]
    try:
        if what == "symtable":
            return dump_table(symtable.symtable(source, filename, mode))
        if what == "code":
            optimize = job.get("optimize", 0)
            flags = job.get("flags", 0)
            return dump_code(compile(source, filename, mode, flags, dont_inherit=True,
                                     optimize=optimize))
        if what == "consts":
            code = compile(source, filename, mode, dont_inherit=True, optimize=job.get("optimize", 0))
            return [repr(value) for value in code.co_consts]
        if what == "positions":
            return dump_positions(compile(source, filename, mode, dont_inherit=True))
        if what == "lines":
            return dump_lines(compile(source, filename, mode, dont_inherit=True))
        if what == "warnings":
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                compile(source, filename, mode, dont_inherit=True)
            return [[w.category.__name__, str(w.message), w.lineno] for w in caught]
        if what == "annotations":
            return annotation_strings(source)
        if what == "error":
            compile(source, filename, mode, dont_inherit=True, optimize=job.get("optimize", 0))
            return None
    except SyntaxError as exc:
        return {"error": [type(exc).__name__, exc.msg, exc.lineno, exc.offset]}
    except RecursionError as exc:
        return {"error": [type(exc).__name__, str(exc), None, None]}
    raise ValueError(what)


print(json.dumps([run(job) for job in json.load(sys.stdin)]))
