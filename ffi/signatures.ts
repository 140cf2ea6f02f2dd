/**
 * Foreign-call signatures and the functions bound to them.
 *
 * Deno offers two ways to call C: symbols bound by `Deno.dlopen` (a compiled
 * trampoline reached through V8's fast API, ~15 ns a call, but 100-220 µs to
 * bind) and `Deno.UnsafeFnPointer` (any address, cheap to create, ~600 ns a
 * call). A ctypes function is normally a named symbol of a library, so it is
 * bound by name from the library file that holds its address (dladdr),
 * after checking that the name resolves to that very address there (glibc's
 * IFUNCs resolve `strlen` to an unexported implementation, so the address's
 * own symbol name cannot be used). Anything else (a callback's address, a
 * pointer read from memory) goes through UnsafeFnPointer. Bound functions
 * are cached per (address, signature), so a variadic function such as
 * printf gets one binding per concrete signature it is called with.
 *
 * Pointers travel as `usize`: on x86-64 they are passed exactly like 64-bit
 * integers, and numbers avoid allocating a pointer object per argument.
 * The fast call happens only where V8 compiled the call site for the one
 * bound function it sees, and it takes 64-bit integers only as bigints (a
 * number there takes the slow way, 70-100 ns): ctypes' direct calls
 * (stdlib/_ctypes_jit_calls.ts) pass bigints, or a typed array ("buffer")
 * whose data C is to see; the generic call site (`invoke`) sees every
 * bound function and gains nothing from either.
 */
import { describeAddress, findSymbol, openLibrary } from "./libraries.ts";
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

/**
 * A parameter's type: a native type, or "buffer": a typed array whose data
 * pointer is passed (as a usize would be). Deno's fast call takes one
 * directly, where a pointer as a number takes the slow way.
 */
export type ParameterType = NativeType | "buffer";

export interface Signature {
  readonly parameters: readonly ParameterType[];
  readonly result: NativeType;
}

// deno-lint-ignore no-explicit-any
export type BoundFunction = (...args: any[]) => any;

function typeKey(type: ParameterType): string {
  return typeof type === "string" ? type : `{${type.struct.map(typeKey).join(",")}}`;
}

function signatureKey(signature: Signature): string {
  return `${signature.parameters.map(typeKey).join(",")}>${typeKey(signature.result)}`;
}

/**
 * `fn(...values)` without the spread for the usual arities: a spread call
 * keeps V8 from calling the FFI symbol through its fast path.
 */
export function invoke(fn: BoundFunction, values: readonly unknown[]): unknown {
  switch (values.length) {
    case 0:
      return fn();
    case 1:
      return fn(values[0]);
    case 2:
      return fn(values[0], values[1]);
    case 3:
      return fn(values[0], values[1], values[2]);
    case 4:
      return fn(values[0], values[1], values[2], values[3]);
    default:
      return fn(...values);
  }
}

const bound = new Map<string, BoundFunction>();
/** Names of addresses handed out without one (ctypes' `_memmove_addr`...). */
const knownNames = new Map<number, string>();

/** Remember that `address` is the library symbol `name` (so calls to it bind by name). */
export function nameAddress(address: number, name: string): void {
  knownNames.set(address, name);
}

/**
 * The function at `address` (named `name` in its library, when known)
 * callable with `signature`, bound once and cached.
 */
export function bindFunction(
  address: number,
  signature: Signature,
  name: string | null = null,
): BoundFunction {
  const key = `${address}|${signatureKey(signature)}`;
  let fn = bound.get(key);
  if (fn === undefined) {
    fn = bindByName(address, signature, name ?? knownNames.get(address) ?? null) ??
      bindByPointer(address, signature);
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

const RTLD_NOW_NOLOAD = 0x6;

function bindByName(
  address: number,
  signature: Signature,
  name: string | null,
): BoundFunction | null {
  const info = describeAddress(address);
  if (info === null || info.file === "") return null;
  const symbol = name ?? (info.address === address ? info.name : null);
  if (symbol === null) return null;
  try {
    const file = new TextEncoder().encode(info.file);
    if (findSymbol(openLibrary(file, RTLD_NOW_NOLOAD), symbol) !== address) return null;
    const library = Deno.dlopen(info.file, { [symbol]: definition(signature) });
    return library.symbols[symbol] as BoundFunction;
  } catch {
    return null;
  }
}

function bindByPointer(address: number, signature: Signature): BoundFunction {
  const pointer = new Deno.UnsafeFnPointer(pointerObject(address)! as never, definition(signature));
  return (...args: unknown[]) => pointer.call(...(args as never[]));
}
