/**
 * Pickling and copying a bytearray (CPython's bytearray_reduce_ex): the
 * class, its contents, and the state `__getstate__` gives (the instance dict
 * and slots of a subclass). Protocols 0-2 carry the contents as a latin-1
 * str, for Python 2's unpicklers; later ones as bytes; an empty bytearray
 * carries no arguments.
 */
import type { PyValue } from "../../objects/object.ts";
import { bytearrayType, type PyByteArray } from "../../objects/bytearray.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { latin1Text } from "../../objects/bytes_percent.ts";
import { indexValue } from "../../objects/int_methods.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { newTuple } from "../../objects/tuple.ts";
import { typeOf } from "../../objects/typeof.ts";
import { getAttribute } from "../attributes.ts";
import { callObject } from "../call.ts";

function reduce(self: PyByteArray, protocol: number): PyValue {
  const state = callObject(getAttribute(self, "__getstate__"), [], null);
  const contents = self.bytes;
  let args: PyValue[];
  if (contents.length === 0) args = [];
  else if (protocol < 3) args = [latin1Text(contents), "latin-1"];
  else args = [new PyBytes(contents.slice())];
  return newTuple([typeOf(self), newTuple(args), state]);
}

defineNativeMethods(bytearrayType, {
  __reduce__: ["", (self: PyByteArray) => reduce(self, 2)],
  __reduce_ex__: [
    "proto=0, /",
    (self: PyByteArray, protocol: PyValue) => reduce(self, Number(indexValue(protocol))),
  ],
});
