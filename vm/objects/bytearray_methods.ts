/**
 * The methods only bytearray has: the mutators, copy and `__alloc__` (its
 * item assignment and in-place operators are slots, in
 * vm/runtime/types/bytes_type.ts).
 */
import { bytearrayType, PyByteArray } from "./bytearray.ts";
import { defineNativeMethods } from "./native_function.ts";
import {
  bytearrayAppend,
  bytearrayExtend,
  bytearrayInsert,
  bytearrayPop,
  bytearrayRemove,
} from "./bytearray_mutation.ts";

defineNativeMethods(bytearrayType, {
  append: ["item, /", bytearrayAppend],
  clear: ["", (self: PyByteArray) => {
    self.resize(0);
    return null;
  }],
  copy: ["", (self: PyByteArray) => new PyByteArray(self.bytes.slice())],
  extend: ["iterable_of_ints, /", bytearrayExtend],
  insert: ["index, item, /", bytearrayInsert],
  pop: ["index=-1, /", bytearrayPop],
  remove: ["value, /", bytearrayRemove],
  reverse: ["", (self: PyByteArray) => {
    self.bytes.reverse();
    return null;
  }],
  __alloc__: ["", (self: PyByteArray) => self.alloc],
});
bytearrayType.dict.set("__hash__", null);
bytearrayType.invalidate();
