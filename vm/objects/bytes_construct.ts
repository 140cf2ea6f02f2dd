/**
 * The contents of `bytes(...)` and `bytearray(...)` from their arguments
 * (source, encoding, errors), following CPython's bytes_new and
 * bytearray_init, which differ in small ways: bytes consults `__bytes__`,
 * bytearray does not; an item out of range is "bytes must be in
 * range(0, 256)" for one and "byte must be ..." for the other.
 */
import type { PyValue } from "./object.ts";
import { ExceptionType, PyBaseException, pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { late } from "../runtime/late_protocols.ts";
import { PyList } from "./list.ts";
import { PyTuple } from "./tuple.ts";
import { bufferOf } from "./buffer.ts";
import { indexOperand, isIterable } from "./bytes_args.ts";
import { strEncode } from "./str_encode.ts";
import { isStr } from "./str_wide.ts";
import { strOperand } from "./str_boxed.ts";
import { bytesFromSpecialMethod } from "./bytes_percent.ts";
import { allocateBytes, copyBytes } from "./bytes_alloc.ts";

export type ByteStringKind = "bytes" | "bytearray";

interface ConstructorArguments {
  source?: PyValue;
  encoding?: PyValue;
  errors?: PyValue;
}

const NAMES = ["source", "encoding", "errors"] as const;

/** Bind (source, encoding, errors) positionally or by keyword. */
export function bindByteStringArguments(
  kind: ByteStringKind,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): ConstructorArguments {
  const positional = args.length - (kwnames?.length ?? 0);
  if (args.length > 3) {
    throw pyError("TypeError", `${kind}() takes at most 3 arguments (${args.length} given)`);
  }
  const bound: ConstructorArguments = {};
  for (let i = 0; i < positional; i++) bound[NAMES[i]] = args[i];
  kwnames?.forEach((name, i) => {
    const index = (NAMES as readonly string[]).indexOf(name);
    if (index < 0) {
      throw pyError("TypeError", `'${name}' is an invalid keyword argument for ${kind}()`);
    }
    if (index < positional) {
      throw pyError(
        "TypeError",
        `argument for ${kind}() given by name ('${name}') and position (${index + 1})`,
      );
    }
    bound[NAMES[index]] = args[positional + i];
  });
  for (const name of ["encoding", "errors"] as const) {
    const value = bound[name];
    if (value !== undefined && !isStr(value)) {
      throw pyError(
        "TypeError",
        `${kind}() argument '${name}' must be str, not ${typeOf(value).tpName}`,
      );
    }
  }
  return bound;
}

const withoutString = (bound: ConstructorArguments) =>
  pyError(
    "TypeError",
    bound.encoding !== undefined
      ? "encoding without a string argument"
      : "errors without a string argument",
  );

/** The initial contents for bound constructor arguments. */
/** Receives an iterable's bytes one by one, as they are read. */
export interface ByteSink {
  push(byte: number): void;
}

/**
 * The contents bytes()/bytearray() make of their arguments. With a `sink`,
 * an iterable's bytes go there as they are read (bytearray.__init__ appends
 * them to the bytearray) and the result is null.
 */
export function byteStringContents(kind: ByteStringKind, bound: ConstructorArguments): Uint8Array;
export function byteStringContents(
  kind: ByteStringKind,
  bound: ConstructorArguments,
  sink: ByteSink,
): Uint8Array | null;
export function byteStringContents(
  kind: ByteStringKind,
  bound: ConstructorArguments,
  sink?: ByteSink,
): Uint8Array | null {
  const { source, encoding, errors } = bound;
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) throw withoutString(bound);
    return allocateBytes(0);
  }
  // CPython's order: encoding, then errors, then `__bytes__`, then a bare str.
  const text = strOperand(source); // a str subclass instance is a string too
  if (encoding !== undefined) {
    if (text === undefined) throw withoutString(bound);
    return strEncode(text, encoding, errors ?? "strict", true).bytes;
  }
  if (errors !== undefined) {
    if (text === undefined) throw withoutString(bound);
    throw pyError("TypeError", "string argument without an encoding");
  }
  if (kind === "bytes") {
    const fromMethod = bytesFromSpecialMethod(source);
    if (fromMethod !== undefined) return copyBytes(fromMethod.bytes);
  }
  if (text !== undefined) throw pyError("TypeError", "string argument without an encoding");
  const size = countArgument(source);
  if (size !== undefined) {
    if (size < 0) throw pyError("ValueError", "negative count");
    if (size > 2 ** 32) throw pyError("MemoryError");
    return allocateBytes(size);
  }
  return bytesFromObject(kind, source, sink);
}

/** An int-like source (a size), or undefined when its `__index__` raises TypeError. */
function countArgument(source: PyValue): number | undefined {
  let size: number | bigint | undefined;
  try {
    size = indexOperand(source);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.TypeError)) {
      return undefined;
    }
    throw error;
  }
  if (size === undefined) return undefined;
  if (typeof size === "bigint") {
    if (size > 2n ** 63n - 1n || size < -(2n ** 63n)) {
      throw pyError("OverflowError", "cannot fit 'int' into an index-sized integer");
    }
    return size < 0n ? -1 : Infinity;
  }
  return size;
}

/** A buffer's bytes, or the ints of an iterable. */
function bytesFromObject(
  kind: ByteStringKind,
  source: PyValue,
  sink?: ByteSink,
): Uint8Array | null {
  const buffer = bufferOf(source);
  if (buffer !== undefined) return copyBytes(buffer);
  const rangeMessage = `${kind === "bytes" ? "bytes" : "byte"} must be in range(0, 256)`;
  const collected: number[] = [];
  const out: ByteSink = sink ?? collected;
  const push = (item: PyValue) => {
    const value = indexOperand(item);
    if (value === undefined) {
      throw pyError(
        "TypeError",
        `'${typeOf(item).tpName}' object cannot be interpreted as an integer`,
      );
    }
    if (value < 0 || value > 255) throw pyError("ValueError", rangeMessage);
    out.push(Number(value));
  };
  if (source instanceof PyList || source instanceof PyTuple) {
    // The list is read afresh at each step: an __index__ may resize it.
    for (let i = 0; i < source.items.length; i++) push(source.items[i]);
  } else {
    if (typeof source === "string" || !isIterable(source)) {
      throw pyError("TypeError", `cannot convert '${typeOf(source).tpName}' object to ${kind}`);
    }
    for (const item of late.iterate(source)) push(item);
  }
  return sink === undefined ? Uint8Array.from(collected) : null;
}
