/**
 * Foreign-call signatures and the functions bound to them.
 *
 * Deno offers two ways to call C: symbols bound by `Deno.dlopen` (a compiled
 * trampoline reached through V8's fast API, ~15 ns a call, but 100-220 µs to
 * bind) and `Deno.UnsafeFnPointer` (any address, cheap to create, ~600 ns a
 * call). A ctypes function is normally a named symbol of a library, so the
 * address is looked up with dladdr and, when it is exactly a symbol's
 * address, bound by name from its library file; anything else (a callback's
 * address, a pointer read from memory) goes through UnsafeFnPointer. Bound
 * functions are cached per (address, signature), so a variadic function such
 * as printf gets one binding per concrete signature it is called with.
 *
 * Pointers travel as `usize`: on x86-64 they are passed exactly like 64-bit
 * integers, and numbers avoid allocating a pointer object per argument.
 */
import { describeAddress } from "./libraries.ts";
import { pointerObject } from "./native_memory.ts";

export type NativeType =
  | "void"
  | "bool"
  | "u8"
  | "i8"
  | "u16"
  | "i16"
  | "u32"
  | "i32"
  | "u64"
  | "i64"
  | "usize"
  | "isize"
  | "f32"
  | "f64"
  | { readonly struct: readonly NativeType[] };

export interface Signature {
  readonly parameters: readonly NativeType[];
  readonly result: NativeType;
}

// deno-lint-ignore no-explicit-any
export type BoundFunction = (...args: any[]) => any;

export function typeKey(type: NativeType): string {
  return typeof type === "string" ? type : `{${type.struct.map(typeKey).join(",")}}`;
}

export function signatureKey(signature: Signature): string {
  return `${signature.parameters.map(typeKey).join(",")}>${typeKey(signature.result)}`;
}

const bound = new Map<string, BoundFunction>();

/** The function at `address` callable with `signature`, bound once and cached. */
export function bindFunction(address: number, signature: Signature): BoundFunction {
  const key = `${address}|${signatureKey(signature)}`;
  let fn = bound.get(key);
  if (fn === undefined) {
    fn = bindByName(address, signature) ?? bindByPointer(address, signature);
    bound.set(key, fn);
  }
  return fn;
}

function definition(signature: Signature): Deno.ForeignFunction {
  return {
    parameters: signature.parameters as Deno.NativeType[],
    result: signature.result as Deno.NativeResultType,
  };
}

function bindByName(address: number, signature: Signature): BoundFunction | null {
  const info = describeAddress(address);
  if (info === null || info.name === null || info.address !== address || info.file === "") {
    return null;
  }
  try {
    const library = Deno.dlopen(info.file, { [info.name]: definition(signature) });
    return library.symbols[info.name] as BoundFunction;
  } catch {
    return null;
  }
}

function bindByPointer(address: number, signature: Signature): BoundFunction {
  const pointer = new Deno.UnsafeFnPointer(pointerObject(address)! as never, definition(signature));
  return (...args: unknown[]) => pointer.call(...(args as never[]));
}
