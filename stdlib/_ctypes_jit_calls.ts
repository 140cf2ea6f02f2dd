/**
 * The JS function through which a trace calls a C function by a ctypes
 * plan (_ctypes_jit_plan.ts says when there is a plan): the arguments as
 * the trace has them (floats and ints unboxed, pointers as Python values)
 * are converted as ctypes converts them and passed to the bound FFI
 * symbol, the result converted back.
 *
 * Ints are wrapped to the C type's width and signedness exactly as ctypes
 * wraps them (c_int of 2**31 + 5 is -2147483643); 64-bit ones become
 * bigints, the only 64-bit integers Deno's fast call takes (a number goes
 * the slow way: about 70 ns a call instead of 10). Pointer parameters
 * convert by _ctypes_jit_pointers.ts; a value it does not take sends the
 * whole call the interpreter's way (`generic`). Results: floats and ints
 * of up to 32 bits as Deno returns them, 64-bit ones as numbers when
 * safe, anything else by the interpreter's conversion.
 *
 * Each plan's function is generated (`new Function`, the plan's serial in
 * its source). V8 shares type feedback between all closures of one
 * function literal, so a shared `(a) => fn(wrap(a))` sees every planned C
 * function: past four its call is megamorphic and no longer a fast call,
 * and each newly seen one deoptimizes every trace that inlined it
 * (measured: ctypes_calls' float loop 5x slower for two iterations after
 * its int loop first ran). A function of its own per plan keeps each call
 * site monomorphic.
 */
import type { BoundFunction, NativeType } from "../ffi/signatures.ts";
import type { RawValue } from "../ffi/native_values.ts";
import { scratch } from "../ffi/native_memory.ts";
import { PyFloat } from "../vm/objects/float.ts";
import type { PointerParameter } from "./_ctypes_jit_pointers.ts";

/** A number parameter or result (a plain simple type of numbers). */
export interface NumberType {
  readonly native: NativeType;
  readonly kind: "float" | "int";
  readonly size: number;
  readonly signed: boolean;
}

/** Whether an int of this type comes back from Deno as a bigint. */
export function isWide(type: NumberType): boolean {
  return type.kind === "int" && type.size > 4;
}

/** JS code of `arg` converted for a number parameter (see the essay). */
function wrapCode(type: NumberType, arg: string): string {
  if (type.kind === "float") return arg;
  switch (type.size) {
    case 1:
      return type.signed ? `((${arg} << 24) >> 24)` : `(${arg} & 0xff)`;
    case 2:
      return type.signed ? `((${arg} << 16) >> 16)` : `(${arg} & 0xffff)`;
    case 4:
      return type.signed ? `(${arg} | 0)` : `(${arg} >>> 0)`;
    default: // a safe integer is a valid int64; a negative one as uint64 wraps
      return type.signed
        ? `BigInt(${arg})`
        : `(${arg} >= 0 ? BigInt(${arg}) : BigInt.asUintN(64, BigInt(${arg})))`;
  }
}

/** How the raw result becomes the plan's: none (None), as is, or through a function. */
export type ResultConversion = "none" | "raw" | ((raw: RawValue) => unknown);

let serial = 0;

/**
 * The plan's call of `fn`: parameter i is a number type or a pointer
 * parameter; `generic` is the interpreter's call with the same arguments.
 * `boxed`: the arguments are the interpreter's Python values (floats as
 * PyFloat objects), not a trace's; a number parameter given anything but a
 * float or an int (which the generic converter would take its own way)
 * sends the call the generic way too.
 */
export function planCall(
  name: string | null,
  fn: BoundFunction,
  params: readonly (NumberType | PointerParameter)[],
  result: ResultConversion,
  generic: (args: unknown[]) => unknown,
  boxed: boolean,
): (...args: unknown[]) => unknown {
  const args = params.map((_, i) => `a${i}`);
  const leave = `return generic([${args.join(", ")}]);`;
  const values: string[] = [];
  const checks: string[] = [];
  const conversions: string[] = [];
  const bindings: Record<string, unknown> = { fn, generic, scratch, PyFloat };
  params.forEach((param, i) => {
    const arg = `a${i}`;
    if ("convert" in param) {
      bindings[`p${i}`] = param.convert;
      conversions.push(`const x${i} = p${i}(${arg});`, `if (x${i} === undefined) ${leave}`);
      values.push(`x${i}`);
    } else if (!boxed) {
      values.push(wrapCode(param, arg));
    } else if (param.kind === "float") {
      checks.push(
        `const v${i} = typeof ${arg} === "number" ? ${arg} : ${arg} instanceof PyFloat ? ${arg}.value : undefined;`,
        `if (v${i} === undefined) ${leave}`,
      );
      values.push(`v${i}`);
    } else {
      checks.push(`if (typeof ${arg} !== "number") ${leave}`);
      values.push(wrapCode(param, arg));
    }
  });
  const call = `fn(${values.join(", ")})`;
  let body: string;
  if (result === "none") body = `${call};\n  return null;`;
  else if (result === "raw") body = `return ${call};`;
  else {
    bindings.convert = result;
    body = `return convert(${call});`;
  }
  if (conversions.length > 0) {
    body = `const mark = scratch.mark();
  try {
    ${conversions.join("\n    ")}
    ${body}
  } finally {
    scratch.release(mark);
  }`;
  }
  if (checks.length > 0) body = `${checks.join("\n  ")}\n  ${body}`;
  const label = `ctypes_${(name ?? "pointer").replace(/[^A-Za-z0-9_]/g, "_")}_${serial++}`;
  const source = `return function ${label}(${args.join(", ")}) {\n  ${body}\n};`;
  const names = Object.keys(bindings);
  return new Function(...names, source)(...names.map((key) => bindings[key]));
}
