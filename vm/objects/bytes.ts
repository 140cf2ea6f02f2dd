/**
 * The bytes object: an immutable byte string.
 *
 * bytes and bytearray share one implementation over Uint8Array views: each
 * algorithm takes the receiver's bytes (`PyBytes.bytes`, or a bytearray's
 * live view) and returns plain data that the method table wraps in the
 * receiver's type. Where things live:
 *   bytearray.ts            the mutable buffer (capacity growth as CPython's)
 *   buffer.ts               bytes-like arguments (`bufferOf`), exporter registry
 *   bytes_args.ts           byte values, needles, fill characters
 *   bytes_search.ts         find/count/index/startswith/replace/`in`
 *   bytes_split.ts          split/rsplit/splitlines/partition/join
 *   bytes_ctype.ts          ASCII classes, case mapping, is* predicates
 *   bytes_pad.ts            center/ljust/rjust/zfill/expandtabs/strip
 *   bytes_hex.ts            hex() and fromhex()
 *   bytes_translate.ts      translate/maketrans
 *   bytes_percent.ts        `%` formatting (str_percent.ts's engine)
 *   bytes_sequence.ts       indexing, slicing, +, *, comparisons
 *   bytes_construct.ts      bytes(...)/bytearray(...) arguments
 *   bytes_methods.ts        the shared method table; bytearray_methods.ts and
 *                           bytearray_mutation.ts what only bytearray has
 *   ../runtime/types/bytes_type.ts   constructors, slots, iterators
 */
import { PyObject } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";

export const bytesType = makeBuiltinType("bytes");

export class PyBytes extends PyObject {
  constructor(readonly bytes: Uint8Array, cls: PyType = bytesType) {
    super(cls);
  }
}
