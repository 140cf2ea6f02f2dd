/**
 * `_crypt` (the deprecated `crypt` module's core) over the system libcrypt
 * (libxcrypt on current Linux) through Deno FFI: crypt_r(3) with a zeroed
 * `struct crypt_data` per call, as CPython's _cryptmodule.c. libxcrypt
 * answers an unusable salt with a failure token ("*0") rather than NULL;
 * a NULL result raises OSError from errno. Without libcrypt the import
 * raises ImportError naming it (crypt.py passes that on).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { isStr, type PyStr } from "../vm/objects/str_wide.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";
import { addFunctions, newModule } from "./module_helpers.ts";
import { requireSystemLibrary } from "./system_library_import.ts";
import { cString } from "./libc.ts";
import { lastOsError } from "./posix_errors.ts";

const libcrypt = new SystemLibrary(
  "libcrypt.so.1",
  libraryCandidates("libcrypt.so.1"),
  {
    crypt_r: { parameters: ["buffer", "buffer", "buffer"], result: "pointer" },
  } as const,
);

/** sizeof(struct crypt_data) in libxcrypt (glibc's own is smaller). */
const CRYPT_DATA_BYTES = 32768;

const DOC = "Hash a *word* with the given *salt* and return the hashed password.\n\n" +
  "*word* will usually be a user's password.  *salt* (either a random 2 or 16\n" +
  "character string, possibly prefixed with $digit$ to indicate the method)\n" +
  "will be used to perturb the encryption algorithm and produce distinct\n" +
  "results for a given *word*.\n";

/** A `str` argument as a NUL-terminated UTF-8 string (Argument Clinic's `str`). */
function cStringArgument(value: PyValue, position: number): Uint8Array<ArrayBuffer> {
  if (!isStr(value)) {
    throw pyError(
      "TypeError",
      `crypt() argument ${position} must be str, not ${typeOf(value).tpName}`,
    );
  }
  const bytes = strEncode(value as PyStr, "utf-8", "strict").bytes;
  if (bytes.includes(0)) throw pyError("ValueError", "embedded null character");
  return cString(bytes);
}

function crypt(word: PyValue, salt: PyValue): PyValue {
  const wordBytes = cStringArgument(word, 1);
  const saltBytes = cStringArgument(salt, 2);
  const data = new Uint8Array(CRYPT_DATA_BYTES);
  const result = libcrypt.fn("crypt_r")(wordBytes, saltBytes, data);
  if (result === null) throw lastOsError();
  return Deno.UnsafePointerView.getCString(result);
}

export function createCryptModule(): PyModule {
  requireSystemLibrary("_crypt", "crypt(3) library", libcrypt);
  const module = newModule("_crypt");
  addFunctions(module, { crypt: ["word, salt, /", crypt, { doc: DOC }] });
  return module;
}
