/**
 * The `_string` module: the format-string parser behind string.Formatter,
 * CPython's Objects/stringlib/unicode_format.h. Both iterators are lazy and
 * share str.format's parser (vm/objects/str_format.ts), so errors surface at
 * the same item as in CPython.
 *
 * formatter_parser(s) yields (literal, field_name, format_spec, conversion):
 * literal is always a str; the other three are None when no field follows
 * the literal, else field_name and format_spec are strs and conversion is
 * None or a one-character str.
 * formatter_field_name_split(s) returns (first, iterator of (is_attr, key)):
 * first and `[key]`s are ints when all decimal digits; `.attr`s stay strs.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { expectStr } from "../vm/objects/str_args.ts";
import { type PyStr, strFromCodePoints, strLength, strSlice } from "../vm/objects/str_wide.ts";
import {
  decimalIndex,
  fieldNameFirstEnd,
  nextChunk,
  nextFieldNamePart,
} from "../vm/objects/str_format.ts";
import { PyNativeIterator } from "../vm/runtime/iteration.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, newModule } from "./module_helpers.ts";
import { nativeOnlyIteratorType } from "./native_type.ts";

const formatterIteratorType = nativeOnlyIteratorType("formatteriterator", "builtins");
const fieldNameIteratorType = nativeOnlyIteratorType("fieldnameiterator", "builtins");

function formatterParser(value: PyValue): PyNativeIterator {
  const format = expectStr(value, "expected str, got ");
  const length = strLength(format);
  let pos = 0;
  return new PyNativeIterator(formatterIteratorType, () => {
    if (pos >= length) return undefined;
    const chunk = nextChunk(format, pos);
    pos = chunk.next;
    const literal = strSlice(format, chunk.literalStart, chunk.literalEnd);
    const field = chunk.field;
    if (field === null) return newTuple([literal, null, null, null]);
    return newTuple([
      literal,
      strSlice(format, field.nameStart, field.nameEnd),
      strSlice(format, field.specStart, field.specEnd),
      field.conversion === 0 ? null : strFromCodePoints([field.conversion]),
    ]);
  });
}

function formatterFieldNameSplit(value: PyValue): PyValue {
  const name = expectStr(value, "expected str, got ");
  const end = strLength(name);
  const firstEnd = fieldNameFirstEnd(name, 0, end);
  const first: PyStr = strSlice(name, 0, firstEnd);
  const index = decimalIndex(first);
  let pos = firstEnd;
  const rest = new PyNativeIterator(fieldNameIteratorType, () => {
    if (pos >= end) return undefined;
    const part = nextFieldNamePart(name, pos, end);
    pos = part.next;
    const key = strSlice(name, part.start, part.end);
    if (part.isAttribute) return newTuple([true, key]);
    const keyIndex = decimalIndex(key);
    return newTuple([false, keyIndex === -1 ? key : keyIndex]);
  });
  return newTuple([index === -1 ? first : index, rest]);
}

export function createStringModule(): PyModule {
  const module = newModule("_string", "string helper module");
  addFunctions(module, {
    formatter_parser: ["format_string, /", formatterParser],
    formatter_field_name_split: ["field_name, /", formatterFieldNameSplit],
  });
  return module;
}
