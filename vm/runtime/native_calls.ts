/**
 * Set by the JIT (jit/driver.ts): calls a Python function with positional
 * arguments from native code (a ctypes callback: call.ts callFromNative)
 * through its function trace without making a frame, when that trace can
 * run so; answers `nativeCalls.notMade` otherwise (the call then makes the
 * frame and interprets). A module of its own, imported by both
 * sides, so that neither waits on the other's initialisation.
 */
import type { PyFunction } from "../objects/function.ts";
import type { PyValue } from "../objects/object.ts";

export const nativeCalls: {
  fast: ((func: PyFunction, args: readonly PyValue[]) => unknown) | null;
  readonly notMade: symbol;
} = { fast: null, notMade: Symbol("not made") };
