/**
 * Importing a module built over a system C library (pyexpat, _bz2, _lzma)
 * where that library cannot be loaded raises ImportError naming it, as on a
 * CPython built without the library, never a JS error.
 */
import { pyError } from "../vm/objects/exceptions.ts";
import type { SystemLibrary } from "../ffi/system_library.ts";

export function requireSystemLibrary(
  module: string,
  description: string,
  // deno-lint-ignore no-explicit-any
  library: SystemLibrary<any>,
): void {
  const failure = library.loadError();
  if (failure === null) return;
  throw pyError(
    "ImportError",
    `${module}: the system ${description} (${library.label}) could not be loaded (${failure})`,
  );
}
