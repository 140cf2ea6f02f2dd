/**
 * Values between Python and SQLite, as CPython 3.11's _sqlite3 moves them:
 *
 * - Into SQLite (statement parameters and the results of user functions):
 *   None is NULL; int (bool included) is a 64-bit INTEGER (OverflowError
 *   beyond); float is REAL; str is UTF-8 TEXT; any contiguous buffer
 *   (bytes, bytearray, memoryview, array, ...) is a BLOB. Parameters pass
 *   through the adapters first (microprotocols: the `adapters` dict keyed by
 *   (type, PrepareProtocol), then `PrepareProtocol.__adapt__`, then the
 *   object's `__conform__`), skipped for exact int, float, str and bytearray
 *   unless one of those types has an adapter registered.
 * - Out of SQLite (columns and user-function arguments): INTEGER is int,
 *   REAL float, TEXT str (or whatever the connection's text_factory makes of
 *   the UTF-8 bytes), BLOB bytes, NULL None; a column with a converter
 *   (detect_types) hands the converter the value's bytes instead.
 *
 * Text and blobs are bound with SQLITE_TRANSIENT (SQLite copies them), from
 * a buffer one byte longer than the data, so an empty string or blob is
 * never a NULL pointer (which SQLite would take as NULL).
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType, strType } from "../vm/objects/core_types.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bytearrayType, PyByteArray } from "../vm/objects/bytearray.ts";
import { bytesType } from "../vm/objects/bytes.ts";
import { floatType, PyFloat } from "../vm/objects/float.ts";
import { intType } from "../vm/objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { newTuple, PyTuple, tupleType } from "../vm/objects/tuple.ts";
import { listType, PyList } from "../vm/objects/list.ts";
import { isStr, type PyStr, strFromJs, toJsString } from "../vm/objects/str_wide.ts";
import { PyBoxedStr, unboxStr } from "../vm/objects/str_boxed.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { decodeBytes } from "../vm/objects/str_decode.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { PyMemoryView } from "../vm/objects/memoryview.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttributeIfPresent } from "../vm/runtime/attributes.ts";
import { exceptionMatches } from "../vm/runtime/raise.ts";
import { getSubscript, isSequence } from "../vm/runtime/subscript.ts";
import { lengthOf } from "../vm/runtime/builtin_functions.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import {
  int64Value,
  readBytes,
  readCBytes,
  readCString,
  readUtf8,
  SQLITE,
  sqlite,
  TRANSIENT,
} from "./_sqlite3_native.ts";
import { databaseError, operationalError, programmingError } from "./_sqlite3_errors.ts";

/** `sqlite3.PrepareProtocol`: the protocol object of the adapter registry. */
export const prepareProtocolType = makeBuiltinType("PrepareProtocol");
prepareProtocolType.dict.set("__module__", "sqlite3");
prepareProtocolType.dict.set("__doc__", "PEP 246 style object adaption protocol type.");
class PyPrepareProtocol extends PyObject {}
registerConstructor(prepareProtocolType, (cls) => new PyPrepareProtocol(cls));

/** The module's shared state (CPython's pysqlite_state). */
export const moduleState = {
  /** `sqlite3.adapters`: (type, protocol) -> adapter. */
  adapters: new PyDict(),
  /** `sqlite3.converters`: upper-cased type name -> converter. */
  converters: new PyDict(),
  /** An adapter exists for int, float, str or bytearray: every parameter is adapted. */
  baseTypeAdapted: false,
  /** enable_callback_tracebacks(): callback exceptions go to sys.unraisablehook. */
  callbackTracebacks: false,
};

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** _pysqlite_long_as_int64: an int that fits SQLite's INTEGER, else OverflowError. */
export function int64Of(value: PyValue): number | bigint {
  const integer = typeof value === "boolean" ? (value ? 1 : 0) : intOperand(value)!;
  if (typeof integer === "bigint" && (integer < INT64_MIN || integer > INT64_MAX)) {
    throw pyError("OverflowError", "Python int too large to convert to SQLite INTEGER");
  }
  return integer;
}

const encoder = new TextEncoder();

/** The buffer strings are encoded into (what SQLite is given, it copies before returning). */
let encoded = new Uint8Array(1024);
const MAX_SHARED = 1 << 20;

/**
 * A str as UTF-8 (UnicodeEncodeError for lone surrogates): `length` bytes at
 * the start of `buffer`, which is longer, so it is never empty. The buffer
 * is shared: it holds the text only until the next call.
 */
export function utf8Bytes(value: PyStr | PyBoxedStr): { buffer: Uint8Array; length: number } {
  const text = unboxStr(value) as PyStr;
  if (typeof text === "string") {
    const needed = text.length * 3 + 1;
    // A huge string gets a buffer of its own rather than keeping one that size.
    const buffer = needed <= encoded.length
      ? encoded
      : needed <= MAX_SHARED
      ? encoded = new Uint8Array(needed)
      : new Uint8Array(needed);
    return { buffer, length: encoder.encodeInto(text, buffer).written };
  }
  const bytes = strEncode(text, "utf-8", "strict").bytes;
  const buffer = new Uint8Array(bytes.length + 1);
  buffer.set(bytes);
  return { buffer, length: bytes.length };
}

/** A buffer's bytes (PyObject_GetBuffer with PyBUF_SIMPLE), or undefined for a non-buffer. */
function simpleBuffer(value: PyValue): Uint8Array | undefined {
  if (value instanceof PyMemoryView && !value.cContiguous) {
    throw pyError("BufferError", "memoryview: underlying buffer is not C-contiguous");
  }
  return bufferOf(value);
}

/** The bytes of a blob with one spare byte. */
function blobBytes(bytes: Uint8Array): Uint8Array {
  const buffer = new Uint8Array(bytes.length + 1);
  buffer.set(bytes);
  return buffer;
}

const isInt = (value: PyValue) =>
  typeof value === "number" || typeof value === "bigint" || typeof value === "boolean" ||
  intOperand(value) !== undefined;

/**
 * bind_param: bind one (adapted) value; SQLite's result code, or -1 for a
 * type SQLite cannot store (no exception then).
 */
function bindValue(stmt: Deno.PointerValue, position: number, value: PyValue): number {
  if (value === null) return sqlite.fn("sqlite3_bind_null")(stmt, position);
  if (isInt(value)) {
    return sqlite.fn("sqlite3_bind_int64")(stmt, position, BigInt(int64Of(value)));
  }
  if (value instanceof PyFloat) {
    return sqlite.fn("sqlite3_bind_double")(stmt, position, value.value);
  }
  if (isStr(value) || value instanceof PyBoxedStr) {
    const { buffer, length } = utf8Bytes(value);
    return sqlite.fn("sqlite3_bind_text")(stmt, position, buffer, length, TRANSIENT);
  }
  const bytes = simpleBuffer(value);
  if (bytes === undefined) return -1;
  return sqlite.fn("sqlite3_bind_blob")(
    stmt,
    position,
    blobBytes(bytes),
    bytes.length,
    TRANSIENT,
  );
}

/** need_adapt: exact int, float, str and bytearray skip the adapters unless one is adapted. */
function needsAdapting(value: PyValue): boolean {
  if (moduleState.baseTypeAdapted) return true;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "string") {
    return false;
  }
  const type = typeOf(value);
  return !(type === intType || type === floatType || type === strType || type === bytearrayType);
}

const NO_ALTERNATIVE = Symbol("no alternative");

/** pysqlite_microprotocols_adapt: `value` adapted to `protocol`, or `alternative`. */
export function adapt(
  value: PyValue,
  protocol: PyValue,
  alternative: PyValue | typeof NO_ALTERNATIVE = NO_ALTERNATIVE,
): PyValue {
  const adapter = moduleState.adapters.get(newTuple([typeOf(value), protocol]));
  if (adapter !== undefined) return callObject(adapter, [value], null);
  const adapted = tryAdapting(protocol, "__adapt__", value) ??
    tryAdapting(value, "__conform__", protocol);
  if (adapted !== undefined) return adapted;
  if (alternative !== NO_ALTERNATIVE) return alternative;
  throw programmingError("can't adapt");
}

export { NO_ALTERNATIVE };

/** `owner.<name>(argument)`; undefined when missing, None or a TypeError. */
function tryAdapting(owner: PyValue, name: string, argument: PyValue): PyValue | undefined {
  const method = getAttributeIfPresent(owner, name);
  if (method === undefined) return undefined;
  try {
    const adapted = callObject(method, [argument], null);
    return adapted === null ? undefined : adapted;
  } catch (error) {
    if (error instanceof PyBaseException && exceptionMatches(error, ExceptionType.TypeError)) {
      return undefined;
    }
    throw error;
  }
}

/** Adapt (when needed) and bind parameter `position` (1-based). */
function bindParameter(stmt: Deno.PointerValue, position: number, value: PyValue): void {
  const adapted = needsAdapting(value) ? adapt(value, prepareProtocolType, value) : value;
  const rc = bindValue(stmt, position, adapted);
  if (rc === SQLITE.OK) return;
  const unsupported = programmingError(
    `Error binding parameter ${position}: type '${typeOf(adapted).tpName}' is not supported`,
  );
  // As CPython 3.11, the connection's last SQLite error wins: the one SQLite
  // just reported (SQLITE_TOOBIG), or for an unsupported type an earlier one
  // still recorded, with the ProgrammingError as its context.
  const error = databaseError(sqlite.fn("sqlite3_db_handle")(stmt));
  if (error === null) throw unsupported;
  if (rc === -1) error.context = unsupported;
  throw error;
}

/** bind_parameters: a sequence for `?` parameters, a dict for named ones. */
export function bindParameters(stmt: Deno.PointerValue, parameters: PyValue): void {
  const needed = sqlite.fn("sqlite3_bind_parameter_count")(stmt);
  const exactSequence = (parameters instanceof PyTuple && parameters.cls === tupleType) ||
    (parameters instanceof PyList && parameters.cls === listType);
  if (exactSequence || (!(parameters instanceof PyDict) && isSequence(parameters))) {
    const items = exactSequence ? (parameters as PyTuple | PyList).items : null;
    const count = items !== null ? items.length : Number(lengthOf(parameters));
    if (count !== needed) {
      throw programmingError(
        `Incorrect number of bindings supplied. The current statement uses ${needed}, and there are ${count} supplied.`,
      );
    }
    for (let i = 0; i < count; i++) {
      const value = items !== null ? items[i] : getSubscript(parameters, i);
      bindParameter(stmt, i + 1, value);
    }
    return;
  }
  if (parameters instanceof PyDict) {
    const exact = parameters.cls === dictType;
    for (let i = 1; i <= needed; i++) {
      const rawName = readCString(sqlite.fn("sqlite3_bind_parameter_name")(stmt, i));
      if (rawName === null) {
        throw programmingError(
          `Binding ${i} has no name, but you supplied a dictionary (which has only names).`,
        );
      }
      const name = strFromJs(rawName.slice(1));
      let value: PyValue | undefined;
      if (exact) value = parameters.get(name);
      else {
        try {
          value = getSubscript(parameters, name);
        } catch (error) {
          if (
            !(error instanceof PyBaseException) ||
            !exceptionMatches(error, ExceptionType.LookupError)
          ) {
            throw error;
          }
        }
      }
      if (value === undefined) {
        throw programmingError(
          `You did not supply a value for binding parameter :${rawName.slice(1)}.`,
        );
      }
      bindParameter(stmt, i, value);
    }
    return;
  }
  throw programmingError("parameters are of unsupported type");
}

/** What a connection's text_factory is: str, bytes, bytearray or a callable. */
export type TextFactory = PyValue;

/** The message CPython builds when a TEXT column is not UTF-8 (an ASCII-decoded C buffer). */
function undecodableMessage(column: Uint8Array, text: Uint8Array): string {
  const prefix = encoder.encode("Could not decode to UTF-8 column '");
  const middle = encoder.encode("' with text '");
  const cut = (bytes: Uint8Array) => {
    const nul = bytes.indexOf(0);
    return nul < 0 ? bytes : bytes.subarray(0, nul);
  };
  const all = [...prefix, ...cut(column), ...middle, ...cut(text), 0x27].slice(0, 198);
  return all.map((byte) => byte < 0x80 ? String.fromCharCode(byte) : "\ufffd").join("");
}

/** A TEXT column or value as the text factory makes it. */
function textValue(
  bytes: () => Uint8Array,
  pointer: Deno.PointerValue,
  length: number,
  factory: TextFactory,
  columnName: () => Uint8Array,
): PyValue {
  if (factory === strType) {
    const text = readUtf8(pointer, length);
    if (text === null) throw operationalError(undecodableMessage(columnName(), bytes()));
    return strFromJs(text);
  }
  if (factory === bytesType) return new PyBytes(bytes());
  if (factory === bytearrayType) return new PyByteArray(bytes());
  return callObject(factory, [new PyBytes(bytes())], null);
}

/** Column `i` of the current row (_pysqlite_fetch_one_row, without converters). */
export function columnValue(stmt: Deno.PointerValue, i: number, factory: TextFactory): PyValue {
  switch (sqlite.fn("sqlite3_column_type")(stmt, i)) {
    case SQLITE.NULL:
      return null;
    case SQLITE.INTEGER:
      return int64Value(sqlite.fn("sqlite3_column_int64")(stmt, i));
    case SQLITE.FLOAT:
      return new PyFloat(sqlite.fn("sqlite3_column_double")(stmt, i));
    case SQLITE.TEXT: {
      const pointer = sqlite.fn("sqlite3_column_text")(stmt, i);
      const length = sqlite.fn("sqlite3_column_bytes")(stmt, i);
      return textValue(
        () => readBytes(pointer, length),
        pointer,
        length,
        factory,
        () => readCBytes(sqlite.fn("sqlite3_column_name")(stmt, i)),
      );
    }
    default: {
      const pointer = sqlite.fn("sqlite3_column_blob")(stmt, i);
      return new PyBytes(readBytes(pointer, sqlite.fn("sqlite3_column_bytes")(stmt, i)));
    }
  }
}

/** Column `i` through `converter`: its bytes (None for NULL, without calling it). */
export function convertedColumn(stmt: Deno.PointerValue, i: number, converter: PyValue): PyValue {
  const pointer = sqlite.fn("sqlite3_column_blob")(stmt, i);
  if (pointer === null) return null;
  const bytes = readBytes(pointer, sqlite.fn("sqlite3_column_bytes")(stmt, i));
  return callObject(converter, [new PyBytes(bytes)], null);
}

/** _pysqlite_get_converter: the converter registered for `name` (upper-cased), if any. */
export function converterFor(name: string): PyValue | undefined {
  const key = callObject(getAttributeIfPresent(strFromJs(name), "upper")!, [], null);
  return moduleState.converters.get(key);
}

/** _pysqlite_build_py_params: the Python arguments of a user function's call. */
export function functionArguments(argc: number, argv: Deno.PointerValue): PyValue[] {
  const out = new Array<PyValue>(argc);
  const view = argc > 0 ? new Deno.UnsafePointerView(argv!) : null;
  for (let i = 0; i < argc; i++) {
    const value = view!.getPointer(i * 8);
    switch (sqlite.fn("sqlite3_value_type")(value)) {
      case SQLITE.INTEGER:
        out[i] = int64Value(sqlite.fn("sqlite3_value_int64")(value));
        break;
      case SQLITE.FLOAT:
        out[i] = new PyFloat(sqlite.fn("sqlite3_value_double")(value));
        break;
      case SQLITE.TEXT: {
        const pointer = sqlite.fn("sqlite3_value_text")(value);
        const length = sqlite.fn("sqlite3_value_bytes")(value);
        const text = readUtf8(pointer, length);
        out[i] = text !== null
          ? strFromJs(text)
          : decodeBytes(new PyBytes(readBytes(pointer, length)), "utf-8", "strict");
        break;
      }
      case SQLITE.BLOB: {
        const pointer = sqlite.fn("sqlite3_value_blob")(value);
        out[i] = new PyBytes(readBytes(pointer, sqlite.fn("sqlite3_value_bytes")(value)));
        break;
      }
      default:
        out[i] = null;
    }
  }
  return out;
}

/**
 * _pysqlite_set_result: make `value` the result of a user function
 * (ProgrammingError for a type SQLite cannot store).
 */
export function setResult(context: Deno.PointerValue, value: PyValue): void {
  if (value === null) sqlite.fn("sqlite3_result_null")(context);
  else if (isInt(value)) sqlite.fn("sqlite3_result_int64")(context, BigInt(int64Of(value)));
  else if (value instanceof PyFloat) sqlite.fn("sqlite3_result_double")(context, value.value);
  else if (isStr(value) || value instanceof PyBoxedStr) {
    const { buffer, length } = utf8Bytes(value);
    sqlite.fn("sqlite3_result_text")(context, buffer, length, TRANSIENT);
  } else {
    let bytes: Uint8Array | undefined;
    try {
      bytes = simpleBuffer(value);
    } catch (error) {
      if (!(error instanceof PyBaseException)) throw error;
      throw pyError("ValueError", "could not convert BLOB to buffer");
    }
    if (bytes === undefined) {
      throw programmingError(
        `User-defined functions cannot return '${typeOf(value).tpName}' values to SQLite`,
      );
    }
    sqlite.fn("sqlite3_result_blob")(context, blobBytes(bytes), bytes.length, TRANSIENT);
  }
}

/** A str argument (clinic's `str`), with CPython's message for other types. */
export function strArgument(value: PyValue, what: string): string {
  if (!isStr(value) && !(value instanceof PyBoxedStr)) {
    throw pyError("TypeError", `${what} must be str, not ${typeOf(value).tpName}`);
  }
  return toJsString(unboxStr(value) as PyStr);
}
