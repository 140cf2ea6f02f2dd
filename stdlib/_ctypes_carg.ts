/**
 * CArgObject: a converted argument ready for a foreign call, as `byref()`
 * and the `from_param` class methods return it. It carries the FFI type,
 * the raw value, and the object that must stay alive during the call.
 * Its repr is CPython's PyCArg_repr (values printed through the C union
 * member of the tag, so unsigned tags print signed, and `%p` as glibc does).
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { floatRepr } from "../vm/text/float_repr.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { addressOf } from "../vm/runtime/identity.ts";
import type { NativeType } from "../ffi/signatures.ts";
import type { RawValue } from "../ffi/native_values.ts";
import { cargType } from "./_ctypes_types.ts";

export class PyCArg extends PyObject {
  constructor(
    readonly tag: string,
    readonly native: NativeType,
    readonly value: RawValue,
    readonly keep: PyValue | null,
  ) {
    super(cargType);
  }
}

/** `%p` of glibc's printf. */
function pointerText(value: number | bigint): string {
  const unsigned = BigInt.asUintN(64, BigInt(value));
  return unsigned === 0n ? "(nil)" : `0x${unsigned.toString(16)}`;
}

function signedText(value: RawValue, bits: number): string {
  return BigInt.asIntN(bits, BigInt(value as number | bigint)).toString();
}

function isLiteral(code: number): boolean {
  return code >= 0x20 && code < 0x7f && code !== 0x5c && code !== 0x27;
}

function cargRepr(self: PyCArg): string {
  const tag = self.tag;
  const value = self.value;
  switch (tag) {
    case "b":
    case "B":
      return `<cparam '${tag}' (${signedText(value, 8)})>`;
    case "h":
    case "H":
      return `<cparam '${tag}' (${signedText(value, 16)})>`;
    case "i":
    case "I":
      return `<cparam '${tag}' (${signedText(value, 32)})>`;
    case "l":
    case "L":
    case "q":
    case "Q":
      return `<cparam '${tag}' (${signedText(value, 64)})>`;
    case "d":
    case "f":
      return `<cparam '${tag}' (${floatRepr(Number(value))})>`;
    case "c": {
      const code = Number(value) & 0xff;
      return isLiteral(code)
        ? `<cparam '${tag}' ('${String.fromCharCode(code)}')>`
        : `<cparam '${tag}' ('\\x${code.toString(16).padStart(2, "0")}')>`;
    }
    case "z":
    case "Z":
    case "P":
      return `<cparam '${tag}' (${pointerText(value as number | bigint)})>`;
    default: {
      const code = tag.charCodeAt(0);
      return isLiteral(code)
        ? `<cparam '${tag}' at ${addressOf(self)}>`
        : `<cparam 0x${code.toString(16).padStart(2, "0")} at ${addressOf(self)}>`;
    }
  }
}

defineNativeMethods(cargType, {
  __repr__: ["", cargRepr],
});
defineGetSets(cargType, {
  _obj: [(self: PyCArg) => self.keep],
});
