/**
 * Runtime helpers as traces call them: the interpreter's own semantics
 * (operators.ts, attributes.ts, subscript.ts, call.ts, build.ts ...), with the
 * calling convention of the IR's `call` op — Python values in, a Python value
 * out. Where the interpreter's helper takes the value stack (BUILD_TUPLE and
 * friends), the adapter here takes the values instead; nothing here has
 * semantics of its own.
 *
 * Each helper is a ref constant of the trace, named for the textual form.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyMethodDescriptor } from "../vm/objects/native_function.ts";
import {
  binaryOp,
  compareOp,
  containsOp,
  isTrue,
  unaryInvert,
  unaryNegative,
  unaryNot,
  unaryPositive,
} from "../vm/runtime/operators.ts";
import { getAttribute, lookupSpecial, setAttribute } from "../vm/runtime/attributes.ts";
import { deleteSubscript, getSubscript, setSubscript } from "../vm/runtime/subscript.ts";
import { getIterator, nextOrUndefined } from "../vm/runtime/iteration.ts";
import { getAwaitable } from "../vm/runtime/awaitable.ts";
import { callObject, callWithStar } from "../vm/runtime/call.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { PyList } from "../vm/objects/list.ts";
import { formatValue } from "../vm/runtime/format_value.ts";
import * as build from "../vm/runtime/build.ts";
import { lengthOf } from "../vm/runtime/builtin_functions.ts";
import { unpackExtended, unpackSequence } from "../vm/runtime/unpack.ts";
import { PyFunction } from "../vm/objects/function.ts";
import { CodeFlag } from "../vm/compiler/code.ts";
import { Frame } from "../vm/runtime/frame.ts";
import { evalFrame } from "../vm/runtime/eval.ts";
import { generatorOfCall } from "../vm/runtime/generator.ts";
import { callFunctionTrace } from "./driver.ts";
import { makeFunction } from "../vm/runtime/make_function.ts";
import type { PyDict } from "../vm/objects/dict.ts";
import { construct } from "../vm/runtime/call_type.ts";
import { parseIntLiteral } from "../vm/objects/int_text.ts";
import type { PyType } from "../vm/objects/type.ts";
import {
  quietCall,
  raiseFrom,
  raiseOne,
  stopIterationOf,
  subscriptQuietly,
  withExceptStart,
} from "./exception_helpers.ts";

/** A function whose call binds exactly `count` positional arguments (no defaults, no *args). */
export function simplePositional(func: PyFunction, count: number): boolean {
  return simplePositionalCode(func.code, count);
}

/**
 * The defaults a call of `func` with `count` positional arguments binds to
 * the parameters after them (none when it binds exactly its parameters), or
 * null when such a call binds anything else (too many or too few arguments,
 * keyword-only parameters, `*args`, `**kwargs`, a generator).
 */
export function positionalDefaults(func: PyFunction, count: number): PyValue[] | null {
  const code = func.code;
  const missing = code.co_argcount - count;
  if (missing === 0) return simplePositionalCode(code, count) ? [] : null;
  const defaults = func.defaults?.items ?? [];
  if (missing < 0 || missing > defaults.length) return null;
  return simplePositionalCode(code, code.co_argcount)
    ? defaults.slice(defaults.length - missing)
    : null;
}

/** Whether a call of `code` binds exactly `count` positional arguments. */
export function simplePositionalCode(code: PyFunction["code"], count: number): boolean {
  return code.co_argcount === count && code.co_kwonlyargcount === 0 &&
    (code.co_flags &
        (CodeFlag.CO_VARARGS | CodeFlag.CO_VARKEYWORDS | CodeFlag.CO_GENERATOR |
          CodeFlag.CO_COROUTINE | CodeFlag.CO_ASYNC_GENERATOR | CodeFlag.CO_ITERABLE_COROUTINE)) ===
      0;
}

/**
 * callPython(func, ...args) without a rest parameter (no array per call:
 * recursive code makes this call in its hottest path). The trace does not
 * guard the callee: another callable takes the general way.
 */
function callPython(func: PyValue): PyValue {
  const count = arguments.length - 1;
  if (!(func instanceof PyFunction) || !simplePositional(func, count)) {
    return callObject(func, Array.prototype.slice.call(arguments, 1), null);
  }
  const frame = new Frame(func.code, func.globals, func.builtins, null, func);
  const fast = frame.fast;
  for (let i = 0; i < count; i++) fast[i] = arguments[i + 1];
  return callFunctionTrace(frame);
}

/** A function whose call binds `count` positional arguments one for one and makes a generator or coroutine. */
export function makesGenerator(func: PyFunction, count: number): boolean {
  const code = func.code;
  const flags = code.co_flags;
  return code.co_argcount === count && code.co_kwonlyargcount === 0 &&
    (flags & (CodeFlag.CO_VARARGS | CodeFlag.CO_VARKEYWORDS)) === 0 &&
    (flags & (CodeFlag.CO_GENERATOR | CodeFlag.CO_COROUTINE | CodeFlag.CO_ASYNC_GENERATOR)) !== 0;
}

/**
 * makeGenerator(func, ...args): the call of a generator or coroutine
 * function whose arguments bind one for one — the frame filled and the
 * generator made (generator.ts generatorOfCall), without callObject's
 * dispatch and argument array. Anything else takes the general way.
 */
function makeGenerator(func: PyValue): PyValue {
  const count = arguments.length - 1;
  if (!(func instanceof PyFunction) || !makesGenerator(func, count)) {
    return callObject(func, Array.prototype.slice.call(arguments, 1), null);
  }
  const frame = new Frame(func.code, func.globals, func.builtins, null, func);
  const fast = frame.fast;
  for (let i = 0; i < count; i++) fast[i] = arguments[i + 1];
  return generatorOfCall(frame) ?? evalFrame(frame);
}

// deno-lint-ignore no-explicit-any
type Helper = (...args: any[]) => PyValue | boolean | void | undefined;

/**
 * MAKE_FUNCTION's helper, given the namespaces: `parts` are the code, then
 * the defaults, keyword defaults, annotations and closure (undefined: none).
 */
function makeFunctionWith(globals: PyDict, builtins: PyDict, parts: PyValue[]): PyValue {
  const [code, defaults, kwdefaults, annotations, closure] = parts;
  return makeFunction(
    globals,
    builtins,
    code,
    defaults ?? null,
    kwdefaults ?? null,
    annotations ?? null,
    closure ?? null,
  );
}

export const HELPERS: Record<string, Helper> = {
  binaryOp,
  compareOp,
  contains: (item: PyValue, container: PyValue, negate: number) =>
    containsOp(item, container) !== (negate === 1),
  isTrue,
  unaryNegative,
  unaryPositive,
  unaryInvert,
  unaryNot,
  getAttribute,
  setAttribute,
  getSubscript,
  setSubscript,
  deleteSubscript,
  getIterator,
  getAwaitable,
  nextOrUndefined,
  call: (callable: PyValue, ...args: PyValue[]) => callObject(callable, args, null),
  /** A Python function taking exactly these positional arguments: the eval loop's fast call. */
  callPython,
  makeGenerator,
  /**
   * A builtin method's implementation given its receiver and every parameter
   * (recorder.ts directMethodCall; the receiver guarded, the descriptor a constant).
   */
  callMethod0: (method: PyValue, self: PyValue) => (method as PyMethodDescriptor).impl(self),
  callMethod1: (method: PyValue, self: PyValue, a: PyValue) =>
    (method as PyMethodDescriptor).impl(self, a),
  callMethod2: (method: PyValue, self: PyValue, a: PyValue, b: PyValue) =>
    (method as PyMethodDescriptor).impl(self, a, b),
  callMethod3: (method: PyValue, self: PyValue, a: PyValue, b: PyValue, c: PyValue) =>
    (method as PyMethodDescriptor).impl(self, a, b, c),
  buildTuple: (...items: PyValue[]) => newTuple(items),
  buildList: (...items: PyValue[]) => new PyList(items),
  buildString: (...parts: PyValue[]) => build.joinStrings(parts, 0, parts.length),
  formatValue: (value: PyValue, conversion: number, spec: PyValue) =>
    formatValue(value, conversion, spec === undefined ? null : spec),
  listAppend: (list: PyValue, value: PyValue) => build.listAppend(list, value),
  listExtend: (list: PyValue, iterable: PyValue) => build.listExtend(list, iterable),
  listToTuple: build.listToTuple,
  setAdd: build.setAdd,
  mapAdd: build.mapAdd,
  dictUpdate: build.dictUpdate,
  dictMerge: build.dictMerge,
  buildSlice: (...parts: PyValue[]) => build.sliceFrom(parts, 0, parts.length),
  buildSet: (...items: PyValue[]) => build.setFrom(items, 0, items.length),
  buildMap: (...pairs: PyValue[]) => build.dictFromPairs(pairs, 0, pairs.length / 2),
  /** BUILD_CONST_KEY_MAP's operands in stack order: the values, then the tuple of keys. */
  buildConstKeyMap: (...operands: PyValue[]) =>
    build.dictFromKeys(operands[operands.length - 1], operands, 0, operands.length - 1),
  callKw: (callable: PyValue, kwnames: PyValue, ...args: PyValue[]) =>
    callObject(callable, args, build.keywordNames(kwnames)),
  /** UNPACK_EX: the items in order, the starred list among them (the stack wants them reversed). */
  unpackEx: (sequence: PyValue, before: number, after: number) => {
    const stack: PyValue[] = [];
    unpackExtended(sequence, before, after, stack, 0);
    return newTuple(stack.reverse());
  },
  /** BEFORE_WITH: (the bound __exit__, what __enter__ returned). */
  beforeWith: (manager: PyValue) => {
    const enter = lookupSpecial(manager, "__enter__");
    const exit = lookupSpecial(manager, "__exit__");
    return newTuple([exit, callObject(enter, [], null)]);
  },
  /** MAKE_FUNCTION in the looping frame (its globals, builtins and qualname prefix). */
  makeFunction: (frame: PyValue, ...parts: PyValue[]) =>
    makeFunctionWith(
      (frame as unknown as Frame).globals,
      (frame as unknown as Frame).builtins,
      parts,
    ),
  /** MAKE_FUNCTION in an inlined frame: its function's namespaces, constants of the trace. */
  makeFunctionIn: (globals: PyValue, builtins: PyValue, ...parts: PyValue[]) =>
    makeFunctionWith(globals as PyDict, builtins as PyDict, parts),
  callWithStar: (callable: PyValue, positional: PyValue, kwargs: PyValue) =>
    callWithStar(callable, positional, kwargs === undefined ? null : kwargs),
  /** UNPACK_SEQUENCE's general case: the items in order (the stack wants them reversed). */
  unpack: (sequence: PyValue, count: number) => {
    const stack: PyValue[] = [];
    unpackSequence(sequence, count, stack, 0);
    return newTuple(stack.reverse());
  },
  length: lengthOf,
  /** int(text) of a plain str; undefined when it is no int literal (a guard follows). */
  intOfText: (text: PyValue) => parseIntLiteral(text as string),
  /** A plain class's new instance (its native `__new__`); `__init__` is inlined after. */
  construct: (cls: PyValue, ...args: PyValue[]) => construct(cls as PyType, args, null),
  // Raises the looping frame catches (record_exceptions.ts).
  quietCall,
  subscriptQuietly,
  raiseOne,
  raiseFrom,
  stopIterationOf,
  withExceptStart,
};

/** The name of a helper (for dumps), by identity. */
export const HELPER_NAMES = new Map<unknown, string>(
  Object.entries(HELPERS).map(([name, helper]) => [helper, name]),
);
