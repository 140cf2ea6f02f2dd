/**
 * Shared libraries through the C dynamic loader itself (dlopen, dlsym,
 * dladdr), not through `Deno.dlopen`: handles are real `void *` values that
 * Python code can print and pass around, a missing library or symbol gives
 * dlerror()'s text (CPython's messages are exactly that text), and
 * `dlopen(NULL)` reaches the symbols of the whole process.
 */
import { libc } from "./native_libc.ts";
import { windowAt } from "./native_memory.ts";

export class LoaderError extends Error {}

const encoder = new TextEncoder();

function cName(text: string): Uint8Array<ArrayBuffer> {
  const encoded = encoder.encode(text);
  const out = new Uint8Array(encoded.length + 1);
  out.set(encoded);
  return out;
}

function readCString(address: number): string {
  if (address === 0) return "";
  return Deno.UnsafePointerView.getCString(Deno.UnsafePointer.create(BigInt(address))!);
}

/** The text of the loader's last error (dlerror), or a fallback. */
function loaderMessage(fallback: string): string {
  const text = Number(libc().dlerror());
  return text === 0 ? fallback : readCString(text);
}

/** dlopen(path or NULL, mode): the handle, or LoaderError with dlerror's text. */
export function openLibrary(path: Uint8Array | null, mode: number): number {
  const name = path === null ? null : (() => {
    const out = new Uint8Array(path.length + 1);
    out.set(path);
    return out;
  })();
  libc().dlerror();
  const handle = Number(libc().dlopen(name, mode));
  if (handle === 0) throw new LoaderError(loaderMessage("dlopen() error"));
  return handle;
}

export function closeLibrary(handle: number): number {
  return libc().dlclose(BigInt(handle));
}

/** dlsym(handle, name): the address, or LoaderError with dlerror's text. */
export function findSymbol(handle: number, name: string): number {
  libc().dlerror();
  const address = Number(libc().dlsym(BigInt(handle), cName(name)));
  if (address === 0) {
    const message = loaderMessage("");
    if (message !== "") throw new LoaderError(message);
  }
  return address;
}

export interface SymbolInfo {
  readonly file: string;
  readonly name: string | null;
  readonly address: number;
}

/** dladdr: the library file and nearest symbol of a code address, or null. */
export function describeAddress(address: number): SymbolInfo | null {
  const info = new Uint8Array(32);
  if (libc().dladdr(BigInt(address), info) === 0) return null;
  const view = new DataView(info.buffer);
  const file = Number(view.getBigUint64(0, true));
  const name = Number(view.getBigUint64(16, true));
  const symbol = Number(view.getBigUint64(24, true));
  return {
    file: readCString(file),
    name: name === 0 ? null : readCString(name),
    address: symbol,
  };
}

/** errno of the calling thread, as a 4-byte window (the location never changes). */
let errnoWindow: DataView | null = null;
export function errnoCell(): DataView {
  return errnoWindow ??= windowAt(Number(libc().__errno_location()), 4);
}
