/**
 * Code-object constants as the eval loop pushes them. The compiler stores
 * tuples as JS arrays, frozensets as FrozenSetConstant and nested code objects
 * as CodeObject; they become a tuple, a frozenset and a `code` object once per
 * code object, on its first execution, and are cached on it.
 */
import type { PyValue } from "../objects/object.ts";
import { type CodeConstant, CodeObject, FrozenSetConstant } from "../compiler/code.ts";
import { newTuple } from "../objects/tuple.ts";
import { PyCode } from "./code_object.ts";
import { newFrozenSet } from "./build.ts";
import { strFromJs } from "../objects/str_wide.ts";
import type { CacheEntry } from "./inline_cache.ts";
import type { Frame } from "./frame.ts";

/**
 * A native twin of a function, run on its frame (arguments bound, entered)
 * before its first instruction: the function's result, or undefined to run
 * the bytecode as usual. It must decline without any effect Python could
 * see (stdlib/_json_entries.ts).
 */
export type NativeEntry = (frame: Frame) => PyValue | undefined;

/** What the eval loop keeps per code object: its constants as pushed and its inline caches. */
export interface RuntimeCode {
  readonly consts: PyValue[];
  /**
   * co_names in an array of generic packed elements: the compiler's are packed,
   * the code cache's holey, and the eval loop's loads of a name met both kinds
   * (a "wrong map" that threw its optimised code away).
   */
  readonly names: string[];
  /** Holey generic elements from the start, whether or not an entry is ever stored (as names). */
  readonly caches: CacheEntry[];
  /** A number of its own, for the JIT's hashed hot counters. */
  readonly serial: number;
  /** The JIT's state of this code's loops, by header instruction (jit/driver.ts); null before any. */
  jitLoops: Map<number, unknown> | null;
  /** The JIT's state of the function's entry (also in jitLoops): calls from traces read it here. */
  jitEntry: unknown;
  /** Set when this code is never traced from its entry (a generator, or given up on). */
  noEntryTrace: boolean;
  /**
   * The exception-table row covering each instruction, -1 where none does:
   * made when the code first unwinds, so that unwinding is one load, not a
   * scan of the table (code.ts's findHandler) for each frame it passes.
   */
  handlerRows: Int32Array | null;
  /** Run at the code's entry instead of its bytecode when it gives a result (NativeEntry). */
  nativeEntry: NativeEntry | null;
}

let nextSerial = 0;

function newRuntimeCode(
  consts: PyValue[],
  names: string[],
  instructionCount: number,
): RuntimeCode {
  const caches: CacheEntry[] = new Array(instructionCount);
  caches.fill(undefined as unknown as CacheEntry); // (a holey array of small ints otherwise)
  return {
    consts,
    names,
    caches,
    serial: nextSerial++,
    jitLoops: null,
    jitEntry: null,
    noEntryTrace: false,
    handlerRows: null,
    nativeEntry: null,
  };
}

// V8 tracks each field's type and whether it was ever written again, and
// throws away optimised code (the eval loop's among it) that relied on either
// when that changes: the first loop the JIT keeps, function it gives up on,
// exception unwound. One object written as they will be, before any code
// is optimised, makes the fields general from the start.
{
  const model = newRuntimeCode([], [], 0);
  model.jitLoops = new Map();
  model.jitLoops = null;
  model.jitEntry = model;
  model.jitEntry = null;
  model.noEntryTrace = true;
  model.noEntryTrace = false;
  model.handlerRows = new Int32Array(0);
  model.handlerRows = null;
}

export function runtimeCode(code: CodeObject): RuntimeCode {
  let runtime = code.runtime as RuntimeCode | undefined;
  if (runtime === undefined) {
    runtime = newRuntimeCode(
      genericArray(code.co_consts, toRuntime),
      genericArray(code.co_names, nameOf) as string[],
      code.instructionCount,
    );
    code.runtime = runtime;
  }
  return runtime;
}

function nameOf(name: string): string {
  return name;
}

/**
 * `items` mapped, in an array of generic elements whatever the values: the
 * eval loop's LOAD_CONST then meets one kind of array (a code object's
 * all-small-int or all-float constants would make a Smi or double array,
 * a "wrong map" that throws the loop's optimised code away), and a float
 * constant is loaded without a new box.
 */
function genericArray<T>(items: readonly T[], map: (item: T) => PyValue): PyValue[] {
  const result: PyValue[] = [null]; // (null makes the literal an array of generic elements)
  result.length = 0;
  for (const item of items) result.push(map(item));
  return result;
}

/** The exception-table row (an index into code.exceptionTable) for instruction `index`, or -1. */
export function handlerRow(runtime: RuntimeCode, code: CodeObject, index: number): number {
  let rows = runtime.handlerRows;
  if (rows === null) {
    rows = runtime.handlerRows = new Int32Array(code.instructionCount);
    for (let i = 0; i < rows.length; i++) rows[i] = code.findHandler(i);
  }
  return rows[index];
}

export function runtimeConstants(code: CodeObject): PyValue[] {
  return runtimeCode(code).consts;
}

export function toRuntime(constant: CodeConstant): PyValue {
  if (Array.isArray(constant)) return newTuple(constant.map(toRuntime));
  if (constant instanceof CodeObject) return PyCode.wrap(constant);
  if (constant instanceof FrozenSetConstant) {
    // CPython's compiler builds the frozenset, then merge_consts_recursive
    // rebuilds it from the first one's iteration order; elements whose hashes
    // collide end up in that second table's order, which programs can see.
    const built = newFrozenSet(constant.items.map(toRuntime));
    return newFrozenSet(built.keyList());
  }
  if (typeof constant === "string") return strFromJs(constant); // astral characters -> PyWideStr
  return constant as PyValue;
}
