/**
 * `_ctypes_test`: CPython's C helper library for the ctypes tests. The
 * tests only need its file to load with CDLL, so this module is Debian's
 * compiled extension's path as `__file__` (its C functions are reached
 * through ctypes, not through the Python module interface). Without the
 * file the import fails as the missing extension module would.
 *
 * Being an extension module, the library refers to four symbols of
 * CPython's C API (`_Py_NoneStruct` among them) that a dynamic loader must
 * resolve before anything in it can be called. libpython3.11, when
 * installed, is loaded with RTLD_GLOBAL to supply them; its functions are
 * never called (calls through PyDLL/pythonapi are refused, see
 * _ctypes_function.ts).
 */
import { pyError } from "../vm/objects/exceptions.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { newModule } from "./module_helpers.ts";
import { LoaderError, openLibrary } from "../ffi/libraries.ts";

const LIBRARY = "/usr/lib/python3.11/lib-dynload/_ctypes_test.cpython-311-x86_64-linux-gnu.so";
const C_API = "libpython3.11.so.1.0";
const RTLD_NOW_GLOBAL = 0x102;

export function createCtypesTestModule(): PyModule {
  try {
    Deno.statSync(LIBRARY);
  } catch {
    throw pyError("ModuleNotFoundError", "No module named '_ctypes_test'");
  }
  try {
    openLibrary(new TextEncoder().encode(C_API), RTLD_NOW_GLOBAL);
  } catch (error) {
    if (!(error instanceof LoaderError)) throw error;
  }
  const module = newModule("_ctypes_test");
  module.dict.set("__file__", LIBRARY);
  return module;
}
