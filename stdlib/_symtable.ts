/**
 * `_symtable`, under the stdlib `symtable` module: the compiler's own symbol
 * table (vm/compiler/symtable*.ts) as CPython's `symtable entry` objects.
 *
 * symtable(source, filename, startstr) parses the source, reads its future
 * imports and builds the table as compile() does, without constant folding
 * (CPython's _Py_SymtableStringObjectFlags does not fold either). Each block
 * becomes one entry, made once per call, whose `symbols` maps every name to
 * its DEF_* flags with the analysed scope at SCOPE_OFF, as CPython's
 * ste_symbols. Annotation blocks (`from __future__ import annotations`) are
 * not children of anything, in CPython as here.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, pyError } from "../vm/objects/exceptions.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineMembers } from "../vm/objects/member.ts";
import { objectId } from "../vm/runtime/identity.ts";
import { registerUninstantiable } from "../vm/runtime/call_type.ts";
import { parseSource } from "../vm/runtime/compile_source.ts";
import { sourceOf } from "../vm/runtime/exec_builtins.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { scanFutureImports } from "../vm/compiler/future.ts";
import {
  type BlockType,
  buildSymbolTable,
  DEF_BOUND,
  Scope,
  SymbolFlag,
  type SymbolScope,
} from "../vm/compiler/symtable.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { warnFromNative } from "./_warnings.ts";
import { fsDecode, fspath } from "./posix_path.ts";

/** Where the scope sits in a symbol's flags (CPython's SCOPE_OFFSET, SCOPE_MASK). */
const SCOPE_OFF = 11;
const SCOPE_MASK = 15;

/** CPython's _Py_block_ty values; annotation blocks never reach Python. */
const BLOCK_TYPES: Record<Exclude<BlockType, "annotation">, number> = {
  function: 0,
  class: 1,
  module: 2,
};

const entryType = makeBuiltinType("symtable entry", undefined, { subclassable: false });
registerUninstantiable(entryType);

class PySymtableEntry extends PyObject {
  readonly symbols = new PyDict();
  readonly varnames: PyList;
  readonly children: PyList;
  readonly type: number;

  constructor(readonly block: SymbolScope) {
    super(entryType);
    if (block.type === "annotation") throw new Error("compiler bug: annotation block as a child");
    this.type = BLOCK_TYPES[block.type];
    for (const [name, flags] of block.symbols) {
      this.symbols.set(name, flags | (block.scopeOf(name) << SCOPE_OFF));
    }
    this.varnames = new PyList([...block.varnames]);
    this.children = new PyList(block.children.map((child) => new PySymtableEntry(child)));
  }
}

defineMembers(entryType, {
  id: [(self: PySymtableEntry) => objectId(self)],
  name: [(self: PySymtableEntry) => self.block.name],
  symbols: [(self: PySymtableEntry) => self.symbols],
  varnames: [(self: PySymtableEntry) => self.varnames],
  children: [(self: PySymtableEntry) => self.children],
  nested: [(self: PySymtableEntry) => self.block.nested ? 1 : 0],
  type: [(self: PySymtableEntry) => self.type],
  lineno: [(self: PySymtableEntry) => self.block.lineno],
});

defineNativeMethods(entryType, {
  __repr__: ["", (self: PySymtableEntry) => {
    const id = toJsString(reprOf(objectId(self)));
    return `<symtable entry ${self.block.name}(${id}), line ${self.block.lineno}>`;
  }],
});

/**
 * PyUnicode_FSDecoder: a str, bytes, an os.PathLike, or (deprecated) another
 * bytes-like object, decoded as a file name.
 */
function fileNameArgument(value: PyValue): string {
  const buffer = isStr(value) || value instanceof PyBytes ? undefined : bufferOf(value);
  let path: PyValue;
  if (buffer === undefined) path = fspath(value);
  else {
    warnFromNative(
      ExceptionType.DeprecationWarning,
      `path should be string, bytes, or os.PathLike, not ${typeOf(value).tpName}`,
    );
    path = new PyBytes(buffer.slice());
  }
  const name = toJsString(path instanceof PyBytes ? fsDecode(path.bytes) : path as PyStr);
  if (name.includes("\0")) throw pyError("ValueError", "embedded null character");
  return name;
}

const MODES = ["exec", "eval", "single"] as const;

function symtable(source: PyValue, filename: PyValue, startstr: PyValue): PyValue {
  const file = fileNameArgument(filename);
  if (!isStr(startstr)) {
    throw pyError(
      "TypeError",
      `symtable() argument 3 must be str, not ${typeOf(startstr).tpName}`,
    );
  }
  const text = sourceOf(source, "symtable", "string or bytes object");
  const mode = MODES.find((name) => name === toJsString(startstr as PyStr));
  if (mode === undefined) {
    throw pyError("ValueError", "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
  }
  const mod = parseSource(text, file, mode);
  const table = buildSymbolTable(mod, file, scanFutureImports(mod, file).flags);
  return new PySymtableEntry(table.top);
}

export function createSymtableModule(): PyModule {
  const module = newModule("_symtable");
  addFunctions(module, {
    symtable: ["source, filename, startstr, /", symtable, {
      doc: "Return symbol and scope dictionaries used internally by compiler.",
    }],
  });
  const F = SymbolFlag;
  addValues(module, {
    USE: F.USE,
    DEF_GLOBAL: F.DEF_GLOBAL,
    DEF_NONLOCAL: F.DEF_NONLOCAL,
    DEF_LOCAL: F.DEF_LOCAL,
    DEF_PARAM: F.DEF_PARAM,
    DEF_FREE: F.DEF_FREE,
    DEF_FREE_CLASS: F.DEF_FREE_CLASS,
    DEF_IMPORT: F.DEF_IMPORT,
    DEF_BOUND,
    DEF_ANNOT: F.DEF_ANNOT,
    TYPE_FUNCTION: BLOCK_TYPES.function,
    TYPE_CLASS: BLOCK_TYPES.class,
    TYPE_MODULE: BLOCK_TYPES.module,
    LOCAL: Scope.LOCAL,
    GLOBAL_EXPLICIT: Scope.GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT: Scope.GLOBAL_IMPLICIT,
    FREE: Scope.FREE,
    CELL: Scope.CELL,
    SCOPE_OFF,
    SCOPE_MASK,
  });
  return module;
}
