/**
 * compile(), exec() and eval(): the front end at run time. Sources are str,
 * bytes or code objects; namespaces default to the caller's; a globals dict
 * without `__builtins__` gets the builtins module, as in CPython.
 */
import type { PyValue } from "../objects/object.ts";
import { PyDict } from "../objects/dict.ts";
import { PyBytes } from "../objects/bytes.ts";
import { pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { isStr, type PyStr, toJsString } from "../objects/str_wide.ts";
import { nativeFunction, type PyBuiltinFunction } from "../objects/native_function.ts";
import { compileSource } from "./compile_source.ts";
import type { CodeObject } from "../compiler/code.ts";
import { PyCode } from "./code_object.ts";
import { Frame } from "./frame.ts";
import { evalFrame } from "./eval.ts";
import { thread } from "./thread_state.ts";
import { interpreter } from "./interpreter_state.ts";
import { PyModule } from "./module.ts";

const PyCF_ONLY_AST = 0x400;
type Mode = "exec" | "eval" | "single";

function sourceOf(source: PyValue, what: string): string | Uint8Array {
  if (isStr(source)) return toJsString(source as PyStr);
  if (source instanceof PyBytes) return source.bytes;
  throw pyError("TypeError", `${what}() arg 1 must be a string, bytes or code object`);
}

/** Run a code object with the given (or the caller's) namespaces. */
function run(code: CodeObject, globals: PyValue, locals: PyValue, what: string): PyValue {
  const caller = thread.current;
  let g: PyDict;
  let l: PyValue;
  if (globals === null) {
    if (caller === null) throw pyError("SystemError", `${what}(): no current frame`);
    g = caller.globals;
    l = locals === null ? (caller.locals ?? caller.globals) : locals;
  } else {
    if (!(globals instanceof PyDict)) {
      throw pyError("TypeError", `${what}() globals must be a dict, not ${typeOf(globals).name}`);
    }
    g = globals;
    l = locals === null ? globals : locals;
  }
  if (!(l instanceof PyDict)) {
    throw pyError(
      "SystemError",
      `Taipan: ${what}() with a non-dict locals mapping is not implemented yet`,
    );
  }
  if (!g.has("__builtins__")) g.set("__builtins__", interpreter().builtins);
  const builtins = g.get("__builtins__");
  const builtinsDict = builtins instanceof PyModule
    ? builtins.dict
    : builtins instanceof PyDict
    ? builtins
    : interpreter().builtins.dict;
  return evalFrame(new Frame(code, g, builtinsDict, l, null));
}

export function execBuiltins(): PyBuiltinFunction[] {
  return [
    nativeFunction(
      "compile",
      "source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1",
      (
        source: PyValue,
        filename: PyValue,
        mode: PyValue,
        flags: PyValue,
        _inherit: PyValue,
        optimize: PyValue,
      ) => {
        const modeText = isStr(mode) ? toJsString(mode as PyStr) : "";
        if (modeText !== "exec" && modeText !== "eval" && modeText !== "single") {
          throw pyError("ValueError", "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (typeof flags === "number" && (flags & PyCF_ONLY_AST) !== 0) {
          throw pyError(
            "SystemError",
            "Taipan: compile() to an AST object needs the _ast module, not implemented yet",
          );
        }
        if (!isStr(filename)) {
          throw pyError("TypeError", "compile() argument 'filename' must be str");
        }
        const code = compileSource(
          sourceOf(source, "compile"),
          toJsString(filename as PyStr),
          modeText,
          Number(optimize),
        );
        return PyCode.wrap(code);
      },
    ),
    nativeFunction(
      "exec",
      "source, globals=None, locals=None, /, *, closure=None",
      (source: PyValue, globals: PyValue, locals: PyValue) => {
        const code = source instanceof PyCode
          ? source.code
          : compileSource(sourceOf(source, "exec"), "<string>", "exec", -1);
        run(code, globals, locals, "exec");
        return null;
      },
    ),
    nativeFunction(
      "eval",
      "source, globals=None, locals=None, /",
      (source: PyValue, globals: PyValue, locals: PyValue) => {
        let code: CodeObject;
        if (source instanceof PyCode) code = source.code;
        else {
          const text = sourceOf(source, "eval");
          // eval() ignores leading spaces and tabs, as CPython does.
          code = compileSource(
            typeof text === "string" ? text.replace(/^[ \t]+/, "") : text,
            "<string>",
            "eval",
            -1,
          );
        }
        return run(code, globals, locals, "eval");
      },
    ),
  ];
}
