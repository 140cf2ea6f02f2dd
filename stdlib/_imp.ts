/**
 * `_imp`: the import system's native helpers as importlib sees them. Taipan
 * has builtin (TypeScript) modules, no frozen modules and no extension
 * modules, and one thread, so the import lock is a counter that only checks
 * its own balance. `_fix_co_filename` and `source_hash` serve importlib's
 * .pyc handling (Taipan's .pyc files hold Taipan code objects, see
 * marshal_format.ts); `source_hash` is CPython's keyed SipHash-1-3, so
 * hash-based pycs carry the hashes CPython computes.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyList } from "../vm/objects/list.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { hasBuiltinModule, loadBuiltinModule } from "../vm/runtime/import/builtin_modules.ts";
import { importError } from "../vm/runtime/import/import_module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { CodeObject } from "../vm/compiler/code.ts";
import { PyCode } from "../vm/runtime/code_object.ts";
import { siphash13 } from "./siphash13.ts";

/** Modules that exist from start-up and cannot be created again (is_builtin answers -1). */
const PERMANENT = ["sys", "builtins"];

let lockDepth = 0;

function nameArgument(value: PyValue, what: string): string {
  if (!isStr(value)) {
    throw pyError("TypeError", `${what}() argument must be str, not ${typeOf(value).tpName}`);
  }
  return toJsString(value as PyStr);
}

function noFrozen(name: PyValue): never {
  throw importError(
    "ImportError",
    `No such frozen object named '${toJsString(name as PyStr)}'`,
    name,
  );
}

/** Rename the file of `code` and of the code objects nested in it that had the same name. */
function renameCodeFile(code: CodeObject, from: string, to: string): void {
  if (code.co_filename !== from) return;
  (code as { co_filename: string }).co_filename = to;
  for (const constant of code.co_consts) {
    if (constant instanceof CodeObject) renameCodeFile(constant, from, to);
  }
}

function sourceHash(key: PyValue, source: PyValue): PyBytes {
  const n = intOperand(key) ?? late.index(key);
  const big = BigInt(n);
  if (big > 0x7fffffffffffffffn || big < -0x8000000000000000n) {
    throw pyError("OverflowError", "Python int too large to convert to C long");
  }
  const data = bufferOf(source);
  if (data === undefined) {
    throw pyError(
      "TypeError",
      `source_hash() argument 'source' must be bytes-like object, not ${typeOf(source).tpName}`,
    );
  }
  const hash = siphash13(BigInt.asUintN(64, big), 0n, data);
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, hash, true);
  return new PyBytes(bytes);
}

export function createImpModule(): PyModule {
  const module = newModule(
    "_imp",
    "(Extremely) low-level import machinery bits as used by importlib.",
  );
  addFunctions(module, {
    lock_held: ["", () => lockDepth > 0],
    acquire_lock: ["", () => {
      lockDepth++;
      return null;
    }],
    release_lock: ["", () => {
      if (lockDepth === 0) throw pyError("RuntimeError", "not holding the import lock");
      lockDepth--;
      return null;
    }],
    is_builtin: ["name, /", (name: PyValue) => {
      const text = nameArgument(name, "is_builtin");
      if (PERMANENT.includes(text)) return -1;
      return hasBuiltinModule(text) ? 1 : 0;
    }],
    create_builtin: ["spec, /", (spec: PyValue) => {
      const name = getAttribute(spec, "name");
      if (!isStr(name)) {
        throw pyError("TypeError", `name must be string, not ${typeOf(name).tpName}`);
      }
      const text = toJsString(name as PyStr);
      if (PERMANENT.includes(text)) return interpreter().modules.get(text) ?? null;
      return loadBuiltinModule(text) ?? null;
    }],
    exec_builtin: ["mod, /", () => 0],
    is_frozen: ["name, /", (name: PyValue) => {
      nameArgument(name, "is_frozen");
      return false;
    }],
    is_frozen_package: ["name, /", (name: PyValue) => noFrozen(name)],
    get_frozen_object: ["name, data=None, /", (name: PyValue) => noFrozen(name)],
    init_frozen: ["name, /", () => null],
    find_frozen: ["name, /, *, withdata=False", () => null],
    _frozen_module_names: ["", () => newTuple([])],
    // Whether frozen modules are used: with none, either setting behaves the same.
    _override_frozen_modules_for_tests: ["override, /", () => null],
    extension_suffixes: ["", () => new PyList([])],
    create_dynamic: ["spec, file=None, /", (spec: PyValue) => {
      const name = getAttribute(spec, "name");
      throw importError(
        "ImportError",
        `Taipan cannot load extension modules (${toJsString(name as PyStr)})`,
        name,
      );
    }],
    exec_dynamic: ["mod, /", () => 0],
    source_hash: ["key, source", sourceHash],
    _fix_co_filename: ["code, path, /", (code: PyValue, path: PyValue) => {
      if (!(code instanceof PyCode)) {
        throw pyError(
          "TypeError",
          `_fix_co_filename() argument 1 must be code, not ${typeOf(code).tpName}`,
        );
      }
      if (!isStr(path)) {
        throw pyError(
          "TypeError",
          `_fix_co_filename() argument 2 must be str, not ${typeOf(path).tpName}`,
        );
      }
      const target = toJsString(path as PyStr);
      if (code.code.co_filename !== target) {
        renameCodeFile(code.code, code.code.co_filename, target);
      }
      return null;
    }],
  });
  addValues(module, { check_hash_based_pycs: "default" });
  return module;
}
