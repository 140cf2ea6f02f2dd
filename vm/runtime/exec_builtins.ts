/**
 * compile(), exec() and eval(): the front end at run time. Sources are str,
 * bytes or code objects; namespaces default to the caller's; a globals dict
 * without `__builtins__` gets the builtins module, as in CPython.
 */
import type { PyValue } from "../objects/object.ts";
import { PyDict } from "../objects/dict.ts";
import { PyTuple, tupleType } from "../objects/tuple.ts";
import { PyCell } from "../objects/cell.ts";
import { PyFunction } from "../objects/function.ts";
import { PyBytes } from "../objects/bytes.ts";
import { bufferOf } from "../objects/buffer.ts";
import { strOperand } from "../objects/str_boxed.ts";
import { strEncode } from "../objects/str_encode.ts";
import { pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { isStr, type PyStr, toJsString } from "../objects/str_wide.ts";
import { nativeFunction, type PyBuiltinFunction } from "../objects/native_function.ts";
import { PyCF } from "./compile_source.ts";
import { compileString } from "./import/string_compile.ts";
import { astToCode, isAstObject, parseToAst } from "../../stdlib/_ast.ts";
import type { CodeObject } from "../compiler/code.ts";
import { PyCode } from "./code_object.ts";
import { Frame } from "./frame.ts";
import { evalFrame } from "./eval.ts";
import { thread } from "./thread_state.ts";
import { frameLocals } from "./frame_locals.ts";
import { interpreter } from "./interpreter_state.ts";
import { PyModule } from "./module.ts";

/** The flags compile() accepts: PyCF_MASK, PyCF_MASK_OBSOLETE (CO_NESTED), PyCF_COMPILE_MASK. */
const ACCEPTED_FLAGS = PyCF.FUTURE_MASK | 0x10 | PyCF.ONLY_AST | PyCF.ALLOW_TOP_LEVEL_AWAIT |
  PyCF.TYPE_COMMENTS | PyCF.DONT_IMPLY_DEDENT | PyCF.ALLOW_INCOMPLETE_INPUT;
type Mode = "exec" | "eval" | "single";

export function sourceOf(
  source: PyValue,
  what: string,
  accepted = "string, bytes or code object",
): string | Uint8Array {
  const text = strOperand(source); // str subclass instances too
  if (text !== undefined) {
    // A str with surrogate code points: the UnicodeEncodeError CPython's UTF-8 conversion raises.
    if (typeof text !== "string") strEncode(text, "utf-8", "strict");
    return withoutNul(toJsString(text));
  }
  if (source instanceof PyBytes) return withoutNul(source.bytes);
  // Any other bytes-like object (bytearray, memoryview, array), copied: the
  // source must not change under the compiler.
  const bytes = bufferOf(source);
  if (bytes !== undefined) return withoutNul(bytes.slice());
  throw pyError("TypeError", `${what}() arg 1 must be a ${accepted}`);
}

/** CPython 3.11.2 refuses a source string with a NUL before parsing (3.11.4+ raise SyntaxError). */
function withoutNul<T extends string | Uint8Array>(source: T): T {
  const hasNul = typeof source === "string" ? source.includes("\0") : source.includes(0);
  if (hasNul) throw pyError("ValueError", "source code string cannot contain null bytes");
  return source;
}

/**
 * exec()'s `closure`: a code object with free variables needs a tuple of
 * exactly that many cells, one without none (3.11's builtin_exec_impl).
 */
function closureFor(code: CodeObject, closure: PyValue): PyCell[] | null {
  const free = code.co_freevars.length;
  if (free === 0) {
    if (closure !== null) throw pyError("TypeError", "cannot use a closure with this code object");
    return null;
  }
  const cells = closure instanceof PyTuple && closure.cls === tupleType ? closure.items : null;
  if (cells === null || cells.length !== free || !cells.every((cell) => cell instanceof PyCell)) {
    throw pyError("TypeError", `code object requires a closure of exactly length ${free}`);
  }
  return cells as PyCell[];
}

/** Run a code object with the given (or the caller's) namespaces. */
function run(
  code: CodeObject,
  globals: PyValue,
  locals: PyValue,
  what: string,
  closure: PyCell[] | null = null,
): PyValue {
  const caller = thread.current;
  let g: PyDict;
  let l: PyValue;
  if (globals === null) {
    if (caller === null) throw pyError("SystemError", `${what}(): no current frame`);
    g = caller.globals;
    l = locals === null ? frameLocals(caller) : locals;
  } else {
    if (!(globals instanceof PyDict)) {
      throw pyError("TypeError", `${what}() globals must be a dict, not ${typeOf(globals).tpName}`);
    }
    g = globals;
    l = locals === null ? globals : locals;
  }
  // Any mapping may serve as locals (namespace.ts subscripts whatever is not an exact dict).
  if (!(l instanceof PyDict) && typeOf(l).lookup("__getitem__") === undefined) {
    throw pyError("TypeError", "locals must be a mapping");
  }
  if (!g.has("__builtins__")) g.set("__builtins__", interpreter().builtins);
  const builtins = g.get("__builtins__");
  const builtinsDict = builtins instanceof PyModule
    ? builtins.dict
    : builtins instanceof PyDict
    ? builtins
    : interpreter().builtins.dict;
  // Free variables come from a function's closure (COPY_FREE_VARS), as PyEval_EvalCodeEx makes one.
  const func = closure === null
    ? null
    : new PyFunction(code, g, builtinsDict, null, null, closure, g.get("__name__") ?? null);
  return evalFrame(new Frame(code, g, builtinsDict, l as PyDict, func));
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
        flagsValue: PyValue,
        dontInherit: PyValue,
        optimize: PyValue,
      ) => {
        const flags = typeof flagsValue === "number" ? flagsValue : 0;
        if ((flags & ~ACCEPTED_FLAGS) !== 0) {
          throw pyError("ValueError", "compile(): unrecognised flags");
        }
        if (typeof optimize === "number" && (optimize < -1 || optimize > 2)) {
          throw pyError("ValueError", "compile(): invalid optimize value");
        }
        const onlyAst = (flags & PyCF.ONLY_AST) !== 0;
        const modeText = isStr(mode) ? toJsString(mode as PyStr) : "";
        if (modeText === "func_type" && !onlyAst) {
          throw pyError("ValueError", "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        if (
          modeText !== "exec" && modeText !== "eval" && modeText !== "single" &&
          modeText !== "func_type"
        ) {
          throw pyError(
            "ValueError",
            onlyAst
              ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
              : "compile() mode must be 'exec', 'eval' or 'single'",
          );
        }
        if (!isStr(filename)) {
          throw pyError("TypeError", "compile() argument 'filename' must be str");
        }
        const file = toJsString(filename as PyStr);
        // Future features of the calling code carry over unless dont_inherit is true.
        const inherited = dontInherit === false || dontInherit === 0
          ? (thread.current?.code.co_flags ?? 0) & PyCF.FUTURE_MASK
          : 0;
        if (isAstObject(source)) {
          if (onlyAst) return source;
          return PyCode.wrap(
            astToCode(source, file, modeText as Mode, Number(optimize), flags | inherited),
          );
        }
        const text = sourceOf(source, "compile", "string, bytes or AST object");
        if (onlyAst) return parseToAst(text, file, modeText as Mode, flags | inherited);
        const code = compileString(
          text,
          file,
          modeText as Mode,
          Number(optimize),
          flags | inherited,
        );
        return PyCode.wrap(code);
      },
    ),
    nativeFunction(
      "exec",
      "source, globals=None, locals=None, /, *, closure=None",
      (source: PyValue, globals: PyValue, locals: PyValue, closure: PyValue) => {
        if (source instanceof PyCode) {
          run(source.code, globals, locals, "exec", closureFor(source.code, closure));
          return null;
        }
        if (closure !== null) {
          throw pyError("TypeError", "closure can only be used when source is a code object");
        }
        run(
          compileString(sourceOf(source, "exec"), "<string>", "exec", -1),
          globals,
          locals,
          "exec",
        );
        return null;
      },
    ),
    nativeFunction(
      "eval",
      "source, globals=None, locals=None, /",
      (source: PyValue, globals: PyValue, locals: PyValue) => {
        let code: CodeObject;
        if (source instanceof PyCode) {
          code = source.code;
          if (code.co_freevars.length > 0) {
            throw pyError(
              "TypeError",
              "code object passed to eval() may not contain free variables",
            );
          }
        } else {
          const text = sourceOf(source, "eval");
          // eval() ignores leading spaces and tabs, as CPython does.
          code = compileString(
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
