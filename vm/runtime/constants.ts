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

export function runtimeCode(code: CodeObject): RuntimeCode {
  let runtime = code.runtime as RuntimeCode | undefined;
  if (runtime === undefined) {
    runtime = {
      consts: code.co_consts.map(toRuntime),
      caches: new Array(code.instructionCount),
      serial: nextSerial++,
      jitLoops: null,
      jitEntry: null,
      noEntryTrace: false,
      handlerRows: null,
      nativeEntry: null,
    };
    code.runtime = runtime;
  }
  return runtime;
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
