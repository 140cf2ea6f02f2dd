/**
 * The methods bytes and bytearray share, defined once over Uint8Array views
 * (the bytes_*.ts files) and registered on both types with CPython's text
 * signatures. A method producing a byte string builds one of the receiver's
 * base type: bytes methods return bytes (the receiver itself when nothing
 * changed and it is exactly a bytes, as CPython does), bytearray methods
 * always a new bytearray.
 */
import type { PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import { bytesType, PyBytes } from "./bytes.ts";
import { bytearrayType, PyByteArray } from "./bytearray.ts";
import { defineNativeMethods, nativeFunction } from "./native_function.ts";
import { PyClassMethod, PyStaticMethod } from "./descriptors.ts";
import { PyList } from "./list.ts";
import { newTuple } from "./tuple.ts";
import { late } from "../runtime/late_protocols.ts";
import { decodeBytes } from "./str_decode.ts";
import {
  bytesCount,
  bytesEndswith,
  bytesFind,
  bytesIndex,
  bytesRemoveprefix,
  bytesRemovesuffix,
  bytesReplace,
  bytesRfind,
  bytesRindex,
  bytesStartswith,
} from "./bytes_search.ts";
import {
  bytesJoin,
  bytesPartition,
  bytesRpartition,
  bytesRsplit,
  bytesSplit,
  bytesSplitlines,
} from "./bytes_split.ts";
import {
  bytesCapitalize,
  bytesIsalnum,
  bytesIsalpha,
  bytesIsascii,
  bytesIsdigit,
  bytesIslower,
  bytesIsspace,
  bytesIstitle,
  bytesIsupper,
  bytesLower,
  bytesSwapcase,
  bytesTitle,
  bytesUpper,
} from "./bytes_ctype.ts";
import {
  bytesCenter,
  bytesExpandtabs,
  bytesLjust,
  bytesRjust,
  bytesStrip,
  bytesZfill,
} from "./bytes_pad.ts";
import { bytesFromHex, bytesHex } from "./bytes_hex.ts";
import { bytesMaketrans, bytesTranslate } from "./bytes_translate.ts";
import { copyBytes } from "./bytes_alloc.ts";

export type ByteString = PyBytes | PyByteArray;

/** A new byte string of the receiver's base type holding `data`. */
export function sameKind(self: ByteString, data: Uint8Array): ByteString {
  return self instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
}

/** `data`, or when undefined (unchanged) the receiver's contents. */
function sameKindOrSelf(self: ByteString, data: Uint8Array | undefined): ByteString {
  if (data !== undefined) return sameKind(self, data);
  if (self instanceof PyBytes && self.cls === bytesType) return self;
  return sameKind(self, copyBytes(self.bytes));
}

type Transform = (data: Uint8Array, ...args: PyValue[]) => Uint8Array | undefined;

/** A method whose result is a byte string. */
function producing(transform: Transform) {
  return (self: ByteString, ...args: PyValue[]) =>
    sameKindOrSelf(self, transform(self.bytes, ...args));
}

/** A method whose result is not a byte string (a number, a bool, a str). */
function reading<T extends PyValue>(read: (data: Uint8Array, ...args: PyValue[]) => T) {
  return (self: ByteString, ...args: PyValue[]) => read(self.bytes, ...args);
}

function pieces(split: (data: Uint8Array, ...args: PyValue[]) => Uint8Array[]) {
  return (self: ByteString, ...args: PyValue[]) =>
    new PyList(split(self.bytes, ...args).map((piece) => sameKind(self, piece)));
}

function triple(partition: (data: Uint8Array, sep: PyValue) => Uint8Array[]) {
  return (self: ByteString, sep: PyValue) =>
    newTuple(partition(self.bytes, sep).map((piece) => sameKind(self, piece)));
}

const parsetuple = { style: "parsetuple" } as const;

const SHARED_METHODS = {
  capitalize: ["", producing(bytesCapitalize)],
  center: ["width, fillchar=?, /", producing(bytesCenter)],
  count: ["sub, start=None, end=None, /", reading(bytesCount), parsetuple],
  decode: [
    "encoding='utf-8', errors='strict'",
    (self: ByteString, encoding: PyValue, errors: PyValue) =>
      decodeBytes(
        self instanceof PyBytes ? self : new PyBytes(copyBytes(self.bytes)),
        encoding,
        errors,
        true,
      ),
  ],
  endswith: ["suffix, start=None, end=None, /", reading(bytesEndswith), parsetuple],
  expandtabs: ["tabsize=8", producing(bytesExpandtabs)],
  find: ["sub, start=None, end=None, /", reading(bytesFind), parsetuple],
  hex: ["sep=?, bytes_per_sep=1", reading(bytesHex)],
  index: ["sub, start=None, end=None, /", reading(bytesIndex), parsetuple],
  isalnum: ["", reading(bytesIsalnum)],
  isalpha: ["", reading(bytesIsalpha)],
  isascii: ["", reading(bytesIsascii)],
  isdigit: ["", reading(bytesIsdigit)],
  islower: ["", reading(bytesIslower)],
  isspace: ["", reading(bytesIsspace)],
  istitle: ["", reading(bytesIstitle)],
  isupper: ["", reading(bytesIsupper)],
  join: ["iterable_of_bytes, /", producing(bytesJoin)],
  ljust: ["width, fillchar=?, /", producing(bytesLjust)],
  lower: ["", producing(bytesLower)],
  lstrip: ["bytes=None, /", producing((data, chars) => bytesStrip(data, chars, "left"))],
  partition: ["sep, /", triple(bytesPartition)],
  removeprefix: ["prefix, /", producing(bytesRemoveprefix)],
  removesuffix: ["suffix, /", producing(bytesRemovesuffix)],
  replace: ["old, new, count=-1, /", producing(bytesReplace)],
  rfind: ["sub, start=None, end=None, /", reading(bytesRfind), parsetuple],
  rindex: ["sub, start=None, end=None, /", reading(bytesRindex), parsetuple],
  rjust: ["width, fillchar=?, /", producing(bytesRjust)],
  rpartition: ["sep, /", triple(bytesRpartition)],
  rsplit: ["sep=None, maxsplit=-1", pieces(bytesRsplit)],
  rstrip: ["bytes=None, /", producing((data, chars) => bytesStrip(data, chars, "right"))],
  split: ["sep=None, maxsplit=-1", pieces(bytesSplit)],
  splitlines: ["keepends=False", pieces(bytesSplitlines)],
  startswith: ["prefix, start=None, end=None, /", reading(bytesStartswith), parsetuple],
  strip: ["bytes=None, /", producing((data, chars) => bytesStrip(data, chars, "both"))],
  swapcase: ["", producing(bytesSwapcase)],
  title: ["", producing(bytesTitle)],
  translate: ["table, /, delete=?", producing(bytesTranslate)],
  upper: ["", producing(bytesUpper)],
  zfill: ["width, /", producing(bytesZfill)],
} as const;

/** `cls.fromhex(string)`: an instance of cls (a subclass gets `cls(result)`). */
function fromHexFor(base: PyType) {
  return new PyClassMethod(
    nativeFunction("fromhex", "string, /", (cls: PyType, text: PyValue) => {
      const data = bytesFromHex(text);
      const made = base === bytesType ? new PyBytes(data) : new PyByteArray(data);
      return cls === base ? made : late.call(cls, [made], null);
    }),
  );
}

for (const type of [bytesType, bytearrayType]) {
  defineNativeMethods(type, SHARED_METHODS);
  type.dict.set("fromhex", fromHexFor(type));
  type.dict.set(
    "maketrans",
    new PyStaticMethod(
      nativeFunction("maketrans", "frm, to, /", (from: PyValue, to: PyValue) => {
        return new PyBytes(bytesMaketrans(from, to));
      }),
    ),
  );
  type.invalidate();
}
