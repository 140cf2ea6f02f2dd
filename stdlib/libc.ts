/**
 * The C library, reached through Deno's FFI: the file-descriptor level of
 * `posix` and `_io` calls it so that descriptors are real kernel descriptors
 * (shared with child processes, `os.dup2`, `/proc/self/fd`, C code loaded by
 * ctypes) and errors carry the real errno.
 *
 * Binding a symbol costs 100-220 µs, so every symbol is bound on its first
 * use, one `Deno.dlopen` per symbol, and then cached. The signature table is
 * data: add a line to LIBC_SYMBOLS to make a new function callable.
 *
 * `errno` is read through glibc's `__errno_location()` right after a failing
 * call; nothing else runs on this thread between the two.
 */

/** name -> FFI signature of each libc function Taipan calls. */
export const LIBC_SYMBOLS = {
  __errno_location: { parameters: [], result: "pointer" },
  open: { parameters: ["buffer", "i32", "i32"], result: "i32" },
  close: { parameters: ["i32"], result: "i32" },
  read: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  write: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  lseek: { parameters: ["i32", "i64", "i32"], result: "i64" },
  isatty: { parameters: ["i32"], result: "i32" },
  strerror: { parameters: ["i32"], result: "pointer" },
} as const satisfies Record<string, Deno.ForeignFunction>;

export type LibcName = keyof typeof LIBC_SYMBOLS;
type LibcFunction<N extends LibcName> = Deno.DynamicLibrary<
  { [K in N]: (typeof LIBC_SYMBOLS)[K] }
>["symbols"][N];

const LIBC_PATHS = ["libc.so.6", "/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib/libc.so.6"];
const bound = new Map<string, unknown>();
let libcPath: string | null | undefined;

/** Whether libc can be opened here (FFI permission, a glibc platform). */
export function libcAvailable(): boolean {
  if (libcPath === undefined) {
    libcPath = null;
    for (const path of LIBC_PATHS) {
      try {
        Deno.dlopen(path, { isatty: LIBC_SYMBOLS.isatty }).close();
        libcPath = path;
        break;
      } catch {
        // not this name, or no FFI permission: try the next
      }
    }
  }
  return libcPath !== null;
}

/** The libc function `name`, bound on first use. Throws when libc is unavailable. */
export function libc<N extends LibcName>(name: N): LibcFunction<N> {
  let fn = bound.get(name) as LibcFunction<N> | undefined;
  if (fn === undefined) {
    if (!libcAvailable()) throw new Error(`libc is not available for ${name}`);
    const lib = Deno.dlopen(libcPath!, { [name]: LIBC_SYMBOLS[name] } as Record<N, (typeof LIBC_SYMBOLS)[N]>);
    fn = (lib.symbols as Record<N, unknown>)[name] as LibcFunction<N>;
    bound.set(name, fn);
  }
  return fn;
}

/** The calling thread's errno, as left by the last failing libc call. */
export function errno(): number {
  const location = libc("__errno_location")();
  return location === null ? 0 : new Deno.UnsafePointerView(location).getInt32(0);
}

/** strerror(code) as a JS string, e.g. "No such file or directory". */
export function strerror(code: number): string {
  const text = libc("strerror")(code);
  return text === null ? `Unknown error ${code}` : Deno.UnsafePointerView.getCString(text);
}

/** A NUL-terminated copy of a path or other C string argument. */
export function cString(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
}
