/**
 * The C callbacks through which SQLite calls Python: user functions,
 * aggregates and window functions, collations, the trace callback, the
 * authorizer and the progress handler.
 *
 * Callbacks: one `Deno.UnsafeCallback` per kind for the whole process,
 * made on first use and never closed, rather than one per registration
 * (creating a callback compiles a trampoline, and a connection may register
 * hundreds of functions). What SQLite hands back as the user-data pointer
 * is a number naming a `CallbackContext` (the Python callable and its
 * connection) in `contexts`. Registrations made through *_v2 functions
 * give SQLite a destructor, and SQLite calls it when the function or
 * collation is replaced or the connection closes; the connection removes
 * its trace, authorizer and progress contexts itself (they have no
 * destructor). So a Python callable lives exactly as long as SQLite may
 * call it. SQLite calls back synchronously, on this thread, from inside
 * sqlite3_step (or prepare, or reset), so the callbacks run while the FFI
 * call that caused them is still on the JS stack.
 *
 * Errors: an exception must never unwind through SQLite's C frames, so
 * every callback catches what Python raises. As in CPython, a user
 * function's exception becomes the SQLite error of the statement
 * (MemoryError as SQLITE_NOMEM, OverflowError as SQLITE_TOOBIG, anything
 * else with CPython's message), and is reported through
 * sys.unraisablehook when enable_callback_tracebacks(True) was called, or
 * dropped. A collation's exception is the one CPython lets through: it
 * stays pending on the connection and the cursor raises it once
 * sqlite3_step returns (later comparisons answer "equal" without calling
 * Python).
 *
 * Aggregates: each group's Python instance lives in `aggregates` under a
 * number stored in the group's sqlite3_aggregate_context (8 bytes, zeroed
 * by SQLite on first use); the final callback removes it.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { strFromJs } from "../vm/objects/str_wide.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute, getAttributeIfPresent } from "../vm/runtime/attributes.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { exceptionMatches, toPyException } from "../vm/runtime/raise.ts";
import { writeUnraisable } from "./sys_unraisable.ts";
import { cString, readBytes, readCString, readUtf8, sqlite } from "./_sqlite3_native.ts";
import { functionArguments, moduleState, setResult } from "./_sqlite3_convert.ts";
import { DataErrorType, sqliteError } from "./_sqlite3_errors.ts";

/** What a callback needs of its connection. */
export interface CallbackOwner {
  /** A collation's exception, raised by the cursor when sqlite3_step returns. */
  pendingError: PyBaseException | null;
}

export interface CallbackContext {
  readonly callable: PyValue;
  readonly owner: CallbackOwner;
}

const contexts = new Map<number, CallbackContext>();
let nextContext = 1;

/** A new context; its number, as a pointer, is SQLite's user data. */
export function newContext(callable: PyValue, owner: CallbackOwner): Deno.PointerValue {
  const id = nextContext++;
  contexts.set(id, { callable, owner });
  return Deno.UnsafePointer.create(BigInt(id));
}

/** Forget a context SQLite will not call again (no destructor runs for it). */
export function dropContext(pointer: Deno.PointerValue): void {
  if (pointer !== null) contexts.delete(Number(Deno.UnsafePointer.value(pointer)));
}

function contextOf(pointer: Deno.PointerValue): CallbackContext | undefined {
  return pointer === null ? undefined : contexts.get(Number(Deno.UnsafePointer.value(pointer)));
}

function userContext(sqliteContext: Deno.PointerValue): CallbackContext | undefined {
  return contextOf(sqlite.fn("sqlite3_user_data")(sqliteContext));
}

/** print_or_clear_traceback. */
function reportOrDrop(context: CallbackContext, error: unknown): void {
  if (moduleState.callbackTracebacks) writeUnraisable("in", context.callable, error);
}

/** set_sqlite_error: make `error` the function's SQLite error, then report or drop it. */
function failFunction(
  sqliteContext: Deno.PointerValue,
  context: CallbackContext,
  error: unknown,
  message: string,
): void {
  const exception = toPyException(error);
  if (exceptionMatches(exception, ExceptionType.MemoryError)) {
    sqlite.fn("sqlite3_result_error_nomem")(sqliteContext);
  } else if (exceptionMatches(exception, ExceptionType.OverflowError)) {
    sqlite.fn("sqlite3_result_error_toobig")(sqliteContext);
  } else {
    sqlite.fn("sqlite3_result_error")(sqliteContext, cString(message), -1);
  }
  reportOrDrop(context, exception);
}

function funcBody(sqliteContext: Deno.PointerValue, argc: number, argv: Deno.PointerValue): void {
  const context = userContext(sqliteContext);
  if (context === undefined) return;
  const message = "user-defined function raised exception";
  try {
    setResult(sqliteContext, callObject(context.callable, functionArguments(argc, argv), null));
  } catch (error) {
    failFunction(sqliteContext, context, error, message);
  }
}

const aggregates = new Map<number, PyValue>();
let nextAggregate = 1;

/** The aggregate context's slot: a view of its 8 bytes, or null when SQLite has none. */
function aggregateSlot(sqliteContext: Deno.PointerValue, create: boolean): BigUint64Array | null {
  const pointer = sqlite.fn("sqlite3_aggregate_context")(sqliteContext, create ? 8 : 0);
  if (pointer === null) return null;
  return new BigUint64Array(Deno.UnsafePointerView.getArrayBuffer(pointer, 8));
}

const aggregateMessage = (method: string, what: "raised error" | "not defined") =>
  `user-defined aggregate's '${method}' method ${what}`;

function isAttributeError(error: unknown): boolean {
  return error instanceof PyBaseException &&
    exceptionMatches(error, ExceptionType.AttributeError);
}

/** step_callback and inverse_callback: call `method` of the group's instance. */
function stepBody(
  method: "step" | "inverse",
  sqliteContext: Deno.PointerValue,
  argc: number,
  argv: Deno.PointerValue,
): void {
  const context = userContext(sqliteContext);
  if (context === undefined) return;
  const slot = aggregateSlot(sqliteContext, true);
  if (slot === null) {
    failFunction(
      sqliteContext,
      context,
      pyError("MemoryError"),
      aggregateMessage(method, "raised error"),
    );
    return;
  }
  let instance: PyValue;
  if (slot[0] === 0n) {
    if (method === "inverse") return;
    try {
      instance = callObject(context.callable, [], null);
    } catch (error) {
      failFunction(sqliteContext, context, error, aggregateMessage("__init__", "raised error"));
      return;
    }
    const id = nextAggregate++;
    aggregates.set(id, instance);
    slot[0] = BigInt(id);
  } else {
    instance = aggregates.get(Number(slot[0]))!;
  }
  let bound: PyValue;
  try {
    bound = getAttribute(instance, method);
  } catch (error) {
    failFunction(sqliteContext, context, error, aggregateMessage(method, "not defined"));
    return;
  }
  try {
    callObject(bound, functionArguments(argc, argv), null);
  } catch (error) {
    failFunction(sqliteContext, context, error, aggregateMessage(method, "raised error"));
  }
}

/** final_callback and value_callback: the group's result. */
function resultBody(method: "finalize" | "value", sqliteContext: Deno.PointerValue): void {
  const context = userContext(sqliteContext);
  if (context === undefined) return;
  const slot = aggregateSlot(sqliteContext, false);
  if (slot === null || slot[0] === 0n) return; // no rows, or __init__ failed
  const id = Number(slot[0]);
  const instance = aggregates.get(id);
  if (instance === undefined) return;
  if (method === "finalize") aggregates.delete(id);
  let result: PyValue;
  try {
    result = callObject(getAttribute(instance, method), [], null);
  } catch (error) {
    const what = isAttributeError(error) ? "not defined" : "raised error";
    failFunction(sqliteContext, context, error, aggregateMessage(method, what));
    return;
  }
  try {
    setResult(sqliteContext, result);
  } catch (error) {
    const message = method === "value"
      ? "unable to set result from user-defined aggregate's 'value' method"
      : aggregateMessage(method, "raised error");
    failFunction(sqliteContext, context, error, message);
  }
}

/** collation_callback: the comparison of two UTF-8 strings. */
function collationBody(
  data: Deno.PointerValue,
  length1: number,
  text1: Deno.PointerValue,
  length2: number,
  text2: Deno.PointerValue,
): number {
  const context = contextOf(data);
  if (context === undefined || context.owner.pendingError !== null) return 0;
  try {
    const decode = (pointer: Deno.PointerValue, length: number) =>
      strFromJs(
        readUtf8(pointer, length) ??
          new TextDecoder("utf-8", { ignoreBOM: true }).decode(readBytes(pointer, length)),
      );
    const result = callObject(
      context.callable,
      [decode(text1, length1), decode(text2, length2)],
      null,
    );
    const integer = typeof result === "boolean" ? (result ? 1 : 0) : intOperand(result);
    if (integer === undefined) {
      // PyLong_AsLongAndOverflow raises for a non-int: cleared, "equal".
      if (getAttributeIfPresent(result, "__index__") === undefined) return 0;
      const index = callObject(getAttribute(result, "__index__"), [], null);
      return Math.sign(Number(intOperand(index) ?? 0));
    }
    return integer > 0 ? 1 : integer < 0 ? -1 : 0;
  } catch (error) {
    context.owner.pendingError = toPyException(error);
    return 0;
  }
}

/** trace_callback: the statement's SQL, expanded with its parameters when SQLite can. */
function traceBody(
  type: number,
  data: Deno.PointerValue,
  statement: Deno.PointerValue,
  sql: Deno.PointerValue,
): number {
  if (type !== 1) return 0; // SQLITE_TRACE_STMT
  const context = contextOf(data);
  if (context === undefined) return 0;
  try {
    let text: string | null;
    const expanded = sqlite.fn("sqlite3_expanded_sql")(statement);
    if (expanded === null) {
      reportOrDrop(
        context,
        sqliteError(DataErrorType, "Expanded SQL string exceeds the maximum string length"),
      );
      text = readCString(sql);
    } else {
      text = readCString(expanded);
      sqlite.fn("sqlite3_free")(expanded);
    }
    callObject(context.callable, [strFromJs(text ?? "")], null);
  } catch (error) {
    reportOrDrop(context, error);
  }
  return 0;
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

/** authorizer_callback: the callable's answer; SQLITE_DENY for an error or a non-int. */
function authorizerBody(
  data: Deno.PointerValue,
  action: number,
  arg1: Deno.PointerValue,
  arg2: Deno.PointerValue,
  database: Deno.PointerValue,
  source: Deno.PointerValue,
): number {
  const context = contextOf(data);
  if (context === undefined) return 1;
  const text = (pointer: Deno.PointerValue) => {
    const value = readCString(pointer);
    return value === null ? null : strFromJs(value);
  };
  try {
    const result = callObject(
      context.callable,
      [action, text(arg1), text(arg2), text(database), text(source)],
      null,
    );
    const integer = typeof result === "boolean" ? (result ? 1 : 0) : intOperand(result);
    if (integer === undefined) return 1;
    if (typeof integer === "bigint" || integer < INT_MIN || integer > INT_MAX) {
      throw pyError("OverflowError", "Python int too large to convert to C int");
    }
    return integer;
  } catch (error) {
    reportOrDrop(context, error);
    return 1;
  }
}

/** progress_callback: non-zero (interrupt) when the callable's result is true or it raised. */
function progressBody(data: Deno.PointerValue): number {
  const context = contextOf(data);
  if (context === undefined) return 0;
  try {
    return isTrue(callObject(context.callable, [], null)) ? 1 : 0;
  } catch (error) {
    reportOrDrop(context, error);
    return -1;
  }
}

const FUNCTION = { parameters: ["pointer", "i32", "pointer"], result: "void" } as const;
const FINAL = { parameters: ["pointer"], result: "void" } as const;

type Kind =
  | "function"
  | "step"
  | "inverse"
  | "final"
  | "value"
  | "destroy"
  | "collation"
  | "trace"
  | "authorizer"
  | "progress";

/** The callbacks made so far (kept referenced: they live as long as the process). */
const callbacks = new Map<Kind, { readonly pointer: Deno.PointerValue }>();

function make(kind: Kind): { readonly pointer: Deno.PointerValue } {
  switch (kind) {
    case "function":
      return new Deno.UnsafeCallback(FUNCTION, funcBody);
    case "step":
      return new Deno.UnsafeCallback(FUNCTION, (c, n, v) => stepBody("step", c, n, v));
    case "inverse":
      return new Deno.UnsafeCallback(FUNCTION, (c, n, v) => stepBody("inverse", c, n, v));
    case "final":
      return new Deno.UnsafeCallback(FINAL, (c) => resultBody("finalize", c));
    case "value":
      return new Deno.UnsafeCallback(FINAL, (c) => resultBody("value", c));
    case "destroy":
      return new Deno.UnsafeCallback(FINAL, dropContext);
    case "collation":
      return new Deno.UnsafeCallback(
        { parameters: ["pointer", "i32", "pointer", "i32", "pointer"], result: "i32" },
        collationBody,
      );
    case "trace":
      return new Deno.UnsafeCallback(
        { parameters: ["u32", "pointer", "pointer", "pointer"], result: "i32" },
        traceBody,
      );
    case "authorizer":
      return new Deno.UnsafeCallback(
        {
          parameters: ["pointer", "i32", "pointer", "pointer", "pointer", "pointer"],
          result: "i32",
        },
        authorizerBody,
      );
    case "progress":
      return new Deno.UnsafeCallback({ parameters: ["pointer"], result: "i32" }, progressBody);
  }
}

/** The C function pointer of callback `kind`. */
export function callbackPointer(kind: Kind): Deno.PointerValue {
  let callback = callbacks.get(kind);
  if (callback === undefined) {
    callback = make(kind);
    callbacks.set(kind, callback);
  }
  return callback.pointer;
}
