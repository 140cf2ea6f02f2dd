/**
 * The C library functions the FFI layer itself needs (allocation, the
 * dynamic loader, errno), bound together on first use: one `Deno.dlopen`
 * for all of them, since ctypes needs most of them as soon as it loads.
 */
const SYMBOLS = {
  malloc: { parameters: ["usize"], result: "usize" },
  calloc: { parameters: ["usize", "usize"], result: "usize" },
  realloc: { parameters: ["usize", "usize"], result: "usize" },
  free: { parameters: ["usize"], result: "void" },
  strlen: { parameters: ["usize"], result: "usize" },
  wcslen: { parameters: ["usize"], result: "usize" },
  dlopen: { parameters: ["buffer", "i32"], result: "usize" },
  dlclose: { parameters: ["usize"], result: "i32" },
  dlsym: { parameters: ["usize", "buffer"], result: "usize" },
  dlerror: { parameters: [], result: "usize" },
  dladdr: { parameters: ["usize", "buffer"], result: "i32" },
  __errno_location: { parameters: [], result: "usize" },
  setvbuf: { parameters: ["usize", "usize", "i32", "usize"], result: "i32" },
} as const satisfies Record<string, Deno.ForeignFunction>;

type Libc = Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];

const PATHS = ["libc.so.6", "/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib/libc.so.6"];
let symbols: Libc | null = null;

/** The bound functions; throws (a JS error) without FFI permission or a glibc. */
export function libc(): Libc {
  if (symbols !== null) return symbols;
  let failure: unknown = null;
  for (const path of PATHS) {
    try {
      symbols = Deno.dlopen(path, SYMBOLS).symbols;
      return symbols;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

/** Whether FFI is usable here (permission granted, a C library found). */
export function ffiAvailable(): boolean {
  try {
    libc();
    return true;
  } catch {
    return false;
  }
}
