/**
 * Python ints converted to C integer types the way CPython's PyLong_As*
 * functions do (through `__index__`, OverflowError with CPython's text when
 * the value does not fit). On Linux x86_64 `long` and `long long` are both
 * 64-bit and share PyLong_AsLong's message.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { indexValue } from "../vm/objects/int_methods.ts";

/** PyLong_AsLong / PyLong_AsLongLong: any index as a signed 64-bit C integer. */
export function cLong(value: PyValue): bigint {
  const n = BigInt(indexValue(value));
  if (n !== BigInt.asIntN(64, n)) {
    throw pyError("OverflowError", "Python int too large to convert to C long");
  }
  return n;
}
