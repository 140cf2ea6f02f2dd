/**
 * Calling. `callObject(callable, args, kwnames)` uses the vectorcall
 * convention everywhere: positional arguments then keyword values, with
 * `kwnames` naming the trailing ones (null when there are none).
 *
 * Python functions get a new frame whose fast locals are filled by
 * `bindPythonArguments` with exactly CPython's rules and error messages
 * (ceval.c's initialize_locals): keywords are matched first, then the
 * positional count is checked, then defaults fill the gaps.
 */
import type { PyValue } from "../objects/object.ts";
import { PyFunction } from "../objects/function.ts";
import { PyBuiltinFunction, PyMethodDescriptor } from "../objects/native_function.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { pyError } from "../objects/exceptions.ts";
import { strOf } from "../objects/str_convert.ts";
import { isStr, strFromJs, toJsString } from "../objects/str_wide.ts";
import { getAttributeIfPresent } from "./attributes.ts";
import { typeOf } from "../objects/typeof.ts";
import { PyType } from "../objects/type.ts";
import { CodeFlag } from "../compiler/code.ts";
import { Frame } from "./frame.ts";
import { evalFrame } from "./eval.ts";
import { generatorOfCall } from "./generator.ts";
import { thread } from "./thread_state.ts";
import { PyBoundMethod } from "./bound_method.ts";
import { callType } from "./call_type.ts";
import { iterateToArray } from "./iteration.ts";
import { PyDict } from "../objects/dict.ts";
import { nativeCalls } from "./native_calls.ts";

export function callObject(
  callable: PyValue,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  if (callable instanceof PyFunction) return callPythonFunction(callable, args, kwnames);
  if (callable instanceof PyBuiltinFunction) return callable.call(args, kwnames);
  if (callable instanceof PyBoundMethod) {
    const func = callable.func;
    if (func instanceof PyFunction && kwnames === null) {
      return callBoundPythonFunction(func, callable.self, args);
    }
    return callObject(func, [callable.self, ...args], kwnames);
  }
  if (callable instanceof PyMethodDescriptor) return callable.callUnbound(args, kwnames);
  if (callable instanceof PyType) return callType(callable, args, kwnames);
  const type = typeOf(callable);
  const direct = typeCalls.get(type);
  const call = direct === undefined ? type.lookup("__call__") : direct;
  if (call === undefined) {
    throw pyError("TypeError", `'${type.tpName}' object is not callable`);
  }
  thread.enterCall();
  try {
    if (direct !== undefined) return direct(callable, args, kwnames);
    return callObject(call as PyValue, [callable, ...args], kwnames);
  } finally {
    thread.leaveCall();
  }
}

type TypeCall = (
  self: PyValue,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
) => PyValue;

/**
 * Calls of instances of native types (exactly these types: a subclass goes
 * through `__call__`) that skip the slot wrapper's argument binding
 * (`*args, **kwargs` into an array and a Map): functools.partial.
 */
const typeCalls = new Map<PyType, TypeCall>();

export function registerTypeCall(type: PyType, call: TypeCall): void {
  typeCalls.set(type, call);
}

/** CALL_FUNCTION_EX: `f(*args, **kwargs)` with any iterable and mapping. */
export function callWithStar(
  callable: PyValue,
  positional: PyValue,
  kwargs: PyValue | null,
): PyValue {
  if (!(positional instanceof PyTuple)) {
    const type = typeOf(positional);
    if (type.lookup("__iter__") === undefined && type.lookup("__getitem__") === undefined) {
      throw pyError(
        "TypeError",
        `${describeCallable(callable)} argument after * must be an iterable, not ${type.tpName}`,
      );
    }
  }
  const args = positional instanceof PyTuple ? [...positional.items] : iterateToArray(positional);
  if (kwargs === null) return callObject(callable, args, null);
  if (!(kwargs instanceof PyDict)) {
    throw pyError(
      "TypeError",
      `${describeCallable(callable)} argument after ** must be a mapping, not ${
        typeOf(kwargs).tpName
      }`,
    );
  }
  const kwnames: string[] = [];
  for (let position = 0; position < kwargs.keys.length; position++) {
    const key = kwargs.keys[position];
    if (key === undefined) continue; // deleted entry
    // A keyword name is a JS string; one with astral characters or lone
    // surrogates becomes its UTF-16 text (turned back by whoever makes it a
    // str: strFromJs).
    if (!isStr(key)) throw pyError("TypeError", "keywords must be strings");
    kwnames.push(toJsString(key));
    args.push(kwargs.values[position]!);
  }
  return callObject(callable, args, kwnames.length === 0 ? null : kwnames);
}

/**
 * How CPython names a callable in `*`/`**` call errors (_PyObject_FunctionStr):
 * `__main__.f()`, `C.m()` for classes defined in builtins, `print()`; str()
 * of the object when it has no `__qualname__`.
 */
export function describeCallable(callable: PyValue): string {
  const qualname = getAttributeIfPresent(callable, "__qualname__");
  if (qualname === undefined) return toJsString(strOf(callable));
  const module = getAttributeIfPresent(callable, "__module__");
  const name = toJsString(strOf(qualname));
  if (module === undefined || module === null) return `${name}()`;
  const moduleName = toJsString(strOf(module));
  return moduleName === "builtins" ? `${name}()` : `${moduleName}.${name}()`;
}

/**
 * `callable(...args)` from a native that calls it over and over (a ctypes
 * callback, map, filter, a sort key, functools.reduce): a Python function's
 * trace runs without a frame when it can (native_calls.ts). Not for every
 * call from natives: a special method called by an operator, say, may
 * leave its trace often, and frameless runs that leave would turn
 * frameless running off for its callers too (raytrace's warm time went
 * from 0.45 s to 0.65 s when every call did).
 */
export function callFromNative(callable: PyValue, args: readonly PyValue[]): PyValue {
  const fast = nativeCalls.fast;
  if (fast !== null && callable instanceof PyFunction) {
    const result = fast(callable, args);
    if (result !== nativeCalls.notMade) return result as PyValue;
  }
  return callObject(callable, args, null);
}

export function callPythonFunction(
  func: PyFunction,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const frame = new Frame(func.code, func.globals, func.builtins, null, func);
  if (kwnames === null && bindsExactly(func, args.length)) {
    const fast = frame.fast;
    for (let i = 0; i < args.length; i++) fast[i] = args[i];
  } else bindPythonArguments(func, frame.fast, args, kwnames);
  return generatorOfCall(frame) ?? evalFrame(frame);
}

/**
 * A bound method's function called with positional `args` after `self`
 * (a `with` block's `__enter__`/`__exit__`, a method a native calls): no
 * array with `self` in front when the arguments bind by copying.
 */
function callBoundPythonFunction(
  func: PyFunction,
  self: PyValue,
  args: readonly PyValue[],
): PyValue {
  if (!bindsExactly(func, args.length + 1)) {
    return callPythonFunction(func, [self, ...args], null);
  }
  const frame = new Frame(func.code, func.globals, func.builtins, null, func);
  const fast = frame.fast;
  fast[0] = self;
  for (let i = 0; i < args.length; i++) fast[i + 1] = args[i];
  return evalFrame(frame);
}

/** Whether `count` positional arguments bind to `func`'s parameters one for one (no defaults used, no `*`/`**`, no keyword-only). */
function bindsExactly(func: PyFunction, count: number): boolean {
  const code = func.code;
  return code.co_argcount === count && code.co_kwonlyargcount === 0 &&
    (code.co_flags & (CodeFlag.CO_VARARGS | CodeFlag.CO_VARKEYWORDS)) === 0;
}

function formatNames(names: string[]): string {
  const quoted = names.map((name) => `'${name}'`);
  if (quoted.length === 1) return quoted[0];
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

export function bindPythonArguments(
  func: PyFunction,
  locals: (PyValue | undefined)[],
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): void {
  const code = func.code;
  const argcount = code.co_argcount;
  const kwonlycount = code.co_kwonlyargcount;
  const total = argcount + kwonlycount;
  const varnames = code.co_varnames;
  const hasVarargs = (code.co_flags & CodeFlag.CO_VARARGS) !== 0;
  const hasVarkw = (code.co_flags & CodeFlag.CO_VARKEYWORDS) !== 0;
  const keywordCount = kwnames === null ? 0 : kwnames.length;
  const given = args.length - keywordCount;
  const name = func.qualname;

  let kwdict: PyDict | null = null;
  if (hasVarkw) {
    kwdict = new PyDict();
    locals[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const bound = Math.min(given, argcount);
  for (let i = 0; i < bound; i++) locals[i] = args[i];
  if (hasVarargs) locals[total] = newTuple(given > argcount ? args.slice(argcount, given) : []);

  let positionalOnlyAsKeyword: string[] | null = null;
  for (let k = 0; k < keywordCount; k++) {
    const keyword = kwnames![k];
    const value = args[given + k];
    let index = -1;
    for (let i = code.co_posonlyargcount; i < total; i++) {
      if (varnames[i] === keyword) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      if (kwdict !== null) {
        kwdict.set(strFromJs(keyword), value);
        continue;
      }
      if (varnames.slice(0, code.co_posonlyargcount).includes(keyword)) {
        (positionalOnlyAsKeyword ??= []).push(keyword);
        continue;
      }
      throw pyError("TypeError", `${name}() got an unexpected keyword argument '${keyword}'`);
    }
    if (locals[index] !== undefined) {
      throw pyError("TypeError", `${name}() got multiple values for argument '${keyword}'`);
    }
    locals[index] = value;
  }
  if (positionalOnlyAsKeyword !== null) {
    throw pyError(
      "TypeError",
      `${name}() got some positional-only arguments passed as keyword arguments: '${
        positionalOnlyAsKeyword.join(", ")
      }'`,
    );
  }

  if (given > argcount && !hasVarargs) throw tooManyPositional(func, locals, given);

  const defaults = func.defaults?.items ?? [];
  if (given < argcount) {
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = given; i < argcount; i++) {
      if (locals[i] !== undefined) continue;
      if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
      else missing.push(varnames[i]);
    }
    if (missing.length > 0) {
      throw pyError(
        "TypeError",
        `${name}() missing ${missing.length} required positional argument${
          missing.length === 1 ? "" : "s"
        }: ${formatNames(missing)}`,
      );
    }
  }
  if (kwonlycount > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (locals[i] !== undefined) continue;
      const fallback = func.kwdefaults === null ? undefined : func.kwdefaults.get(varnames[i]);
      if (fallback !== undefined) locals[i] = fallback;
      else missing.push(varnames[i]);
    }
    if (missing.length > 0) {
      throw pyError(
        "TypeError",
        `${name}() missing ${missing.length} required keyword-only argument${
          missing.length === 1 ? "" : "s"
        }: ${formatNames(missing)}`,
      );
    }
  }
}

function tooManyPositional(func: PyFunction, locals: (PyValue | undefined)[], given: number) {
  const code = func.code;
  const argcount = code.co_argcount;
  const defaultCount = func.defaults?.items.length ?? 0;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + code.co_kwonlyargcount; i++) {
    if (locals[i] !== undefined) kwonlyGiven++;
  }
  const signature = defaultCount > 0
    ? `from ${argcount - defaultCount} to ${argcount}`
    : `${argcount}`;
  const plural = defaultCount > 0 || argcount !== 1 ? "s" : "";
  const keywordOnly = kwonlyGiven > 0
    ? ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${
      kwonlyGiven !== 1 ? "s" : ""
    })`
    : "";
  const verb = given === 1 && kwonlyGiven === 0 ? "was" : "were";
  return pyError(
    "TypeError",
    `${func.qualname}() takes ${signature} positional argument${plural} but ${given}${keywordOnly} ${verb} given`,
  );
}
