/**
 * The str type's namespace: every method of Python 3.11's str, registered as
 * native methods with CPython's text signatures (so argument errors read the
 * same), plus `STR_SLOTS`, the native operator slots for the runtime.
 *
 * The implementations live in the str_*.ts files, one concern each; this file
 * only binds names to them. Every implementation takes both representations
 * of a str (str_wide.ts). Not here yet: `__iter__` (needs the interpreter's
 * iterator objects), `__new__`, and str subclasses (whose instances are not
 * `PyStr` values).
 */
import type { PyValue } from "./object.ts";
import { strType } from "./core_types.ts";
import { pyError } from "./exceptions.ts";
import { defineNativeMethods, nativeFunction } from "./native_function.ts";
import { NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { PyDict } from "./dict.ts";
import { hashOf } from "../runtime/hash.ts";
import { asInteger, expectStr } from "./str_args.ts";
import { codePointsOf, isStr, type PyStr, strConcat, strFromJs, strLength } from "./str_wide.ts";
import {
  strContains,
  strCount,
  strEndswith,
  strFind,
  strIndex,
  strRemoveprefix,
  strRemovesuffix,
  strReplace,
  strRfind,
  strRindex,
  strStartswith,
} from "./str_search.ts";
import {
  strJoin,
  strPartition,
  strRpartition,
  strRsplit,
  strSplit,
  strSplitlines,
} from "./str_split.ts";
import {
  strCapitalize,
  strCasefold,
  strLower,
  strSwapcase,
  strTitle,
  strUpper,
} from "./str_case.ts";
import {
  strIsalnum,
  strIsalpha,
  strIsascii,
  strIsdecimal,
  strIsdigit,
  strIsidentifier,
  strIslower,
  strIsnumeric,
  strIsprintable,
  strIsspace,
  strIstitle,
  strIsupper,
} from "./str_predicates.ts";
import {
  strCenter,
  strExpandtabs,
  strLjust,
  strLstrip,
  strRjust,
  strRstrip,
  strStrip,
  strZfill,
} from "./str_pad.ts";
import { strEncode } from "./str_encode.ts";
import { maketransEntries, strTranslate } from "./str_translate.ts";
import { strFormat, strFormatMap } from "./str_format.ts";
import { formatStr } from "./str_format_spec.ts";
import { strPercentFormat } from "./str_percent.ts";
import { reprOfStr } from "./str_convert.ts";
import {
  type ComparisonOperator,
  isIndexLike,
  strAdd,
  strRepeat,
  strRichCompare,
  strSubscript,
} from "./str_sequence.ts";

const list = (items: PyStr[]) => new PyList(items);
const triple = (parts: [PyStr, PyStr, PyStr]) => newTuple(parts);

/** str.maketrans(x[, y[, z]]): a dict from code points to code points, strs or None. */
function strMaketrans(x: PyValue, y: PyValue | undefined, z: PyValue | undefined): PyDict {
  const table = new PyDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) {
      throw pyError("TypeError", "if you give only one argument to maketrans it must be a dict");
    }
    for (let position = 0; position < x.keys.length; position++) {
      const key = x.keys[position];
      if (key === undefined) continue;
      const value = x.values[position] as PyValue;
      if (isStr(key)) {
        if (strLength(key) !== 1) {
          throw pyError("ValueError", "string keys in translate table must be of length 1");
        }
        table.set(typeof key === "string" ? key.charCodeAt(0) : key.codePoints[0], value);
      } else if (typeof key === "number" || typeof key === "bigint" || typeof key === "boolean") {
        table.set(key, value);
      } else {
        throw pyError("TypeError", "keys in translate table must be strings or integers");
      }
    }
    return table;
  }
  for (const [key, value] of maketransEntries(x, y, z)) table.set(key, value);
  return table;
}

function compare(operator: ComparisonOperator) {
  return (self: PyStr, other: PyValue) => strRichCompare(self, other, operator);
}

defineNativeMethods(strType, {
  capitalize: ["", strCapitalize],
  casefold: ["", strCasefold],
  center: ["width, fillchar=' ', /", strCenter],
  count: ["sub, start=None, end=None, /", strCount, { style: "parsetuple" }],
  encode: [
    "encoding='utf-8', errors='strict'",
    (self: PyStr, encoding: PyValue, errors: PyValue) => strEncode(self, encoding, errors, true),
  ],
  endswith: ["suffix, start=None, end=None, /", strEndswith, { style: "parsetuple" }],
  expandtabs: ["tabsize=8", strExpandtabs],
  find: ["sub, start=None, end=None, /", strFind, { style: "parsetuple" }],
  format: ["*args, **kwargs", strFormat],
  format_map: ["mapping, /", strFormatMap],
  index: ["sub, start=None, end=None, /", strIndex, { style: "parsetuple" }],
  isalnum: ["", strIsalnum],
  isalpha: ["", strIsalpha],
  isascii: ["", strIsascii],
  isdecimal: ["", strIsdecimal],
  isdigit: ["", strIsdigit],
  isidentifier: ["", strIsidentifier],
  islower: ["", strIslower],
  isnumeric: ["", strIsnumeric],
  isprintable: ["", strIsprintable],
  isspace: ["", strIsspace],
  istitle: ["", strIstitle],
  isupper: ["", strIsupper],
  join: ["iterable, /", strJoin],
  ljust: ["width, fillchar=' ', /", strLjust],
  lower: ["", strLower],
  lstrip: ["chars=None, /", strLstrip],
  partition: ["sep, /", (self: PyStr, sep: PyValue) => triple(strPartition(self, sep))],
  removeprefix: ["prefix, /", strRemoveprefix],
  removesuffix: ["suffix, /", strRemovesuffix],
  replace: ["old, new, count=-1, /", strReplace],
  rfind: ["sub, start=None, end=None, /", strRfind, { style: "parsetuple" }],
  rindex: ["sub, start=None, end=None, /", strRindex, { style: "parsetuple" }],
  rjust: ["width, fillchar=' ', /", strRjust],
  rpartition: ["sep, /", (self: PyStr, sep: PyValue) => triple(strRpartition(self, sep))],
  rsplit: [
    "sep=None, maxsplit=-1",
    (self: PyStr, sep: PyValue, maxsplit: PyValue) => list(strRsplit(self, sep, maxsplit)),
  ],
  rstrip: ["chars=None, /", strRstrip],
  split: [
    "sep=None, maxsplit=-1",
    (self: PyStr, sep: PyValue, maxsplit: PyValue) => list(strSplit(self, sep, maxsplit)),
  ],
  splitlines: [
    "keepends=False",
    (self: PyStr, keepends: PyValue) => list(strSplitlines(self, keepends)),
  ],
  startswith: ["prefix, start=None, end=None, /", strStartswith, { style: "parsetuple" }],
  strip: ["chars=None, /", strStrip],
  swapcase: ["", strSwapcase],
  title: ["", strTitle],
  translate: ["table, /", strTranslate],
  upper: ["", strUpper],
  zfill: ["width, /", strZfill],
  __format__: [
    "format_spec, /",
    (self: PyStr, spec: PyValue) =>
      formatStr(self, expectStr(spec, "__format__() argument must be str, not ")),
  ],
  // Slot wrappers (CPython's wrapper_descriptor methods).
  __add__: ["value, /", strAdd],
  __contains__: ["key, /", strContains],
  __eq__: ["value, /", compare("__eq__")],
  __ge__: ["value, /", compare("__ge__")],
  __getnewargs__: ["", (self: PyStr) => newTuple([self])],
  __getitem__: ["key, /", strSubscript],
  __gt__: ["value, /", compare("__gt__")],
  __hash__: ["", (self: PyStr) => hashOf(self)],
  __le__: ["value, /", compare("__le__")],
  __len__: ["", strLength],
  __lt__: ["value, /", compare("__lt__")],
  __mod__: ["value, /", strPercentFormat],
  __mul__: ["value, /", (self: PyStr, count: PyValue) => strRepeat(self, asInteger(count))],
  __ne__: ["value, /", compare("__ne__")],
  __repr__: ["", (self: PyStr) => strFromJs(reprOfStr(self))],
  __rmod__: [
    "value, /",
    (self: PyStr, value: PyValue) => isStr(value) ? strPercentFormat(value, self) : NotImplemented,
  ],
  __rmul__: ["value, /", (self: PyStr, count: PyValue) => strRepeat(self, asInteger(count))],
  __str__: ["", (self: PyStr) => self],
  __sizeof__: ["", strSizeof],
});

/**
 * CPython's compact str layout: a 48-byte header and one byte per character
 * (plus the NUL) for ASCII, else a 72-byte header and 1, 2 or 4 bytes per
 * character by the widest one.
 */
function strSizeof(self: PyStr): number {
  const length = strLength(self);
  let widest = 0;
  for (const codePoint of codePointsOf(self)) if (codePoint > widest) widest = codePoint;
  if (widest < 0x80) return 48 + length + 1;
  const width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
  return 72 + (length + 1) * width;
}

strType.setOwnAttribute(
  "maketrans",
  nativeFunction("maketrans", "x, y=?, z=?, /", strMaketrans),
);

/**
 * Native operator slots for the runtime (vm/runtime/slots.ts). Unlike the
 * methods above, binary slots answer NotImplemented for foreign operands so the
 * other operand's reflected method gets its turn; when both decline, the
 * operator must raise the sequence errors CPython raises:
 * `can only concatenate str (not "int") to str` for +, and
 * `can't multiply sequence by non-int of type 'float'` for *.
 */
export const STR_SLOTS: Record<string, (...args: PyValue[]) => PyValue> = {
  __add__: (self, other) => isStr(other) ? strConcat(self as PyStr, other) : NotImplemented,
  __mul__: (self, count) => isIndexLike(count) ? strRepeat(self as PyStr, count) : NotImplemented,
  __rmul__: (self, count) => isIndexLike(count) ? strRepeat(self as PyStr, count) : NotImplemented,
  __mod__: (self, values) => strPercentFormat(self as PyStr, values),
  __rmod__: (self, format) => isStr(format) ? strPercentFormat(format, self) : NotImplemented,
  __eq__: compare("__eq__") as (...args: PyValue[]) => PyValue,
  __ne__: compare("__ne__") as (...args: PyValue[]) => PyValue,
  __lt__: compare("__lt__") as (...args: PyValue[]) => PyValue,
  __le__: compare("__le__") as (...args: PyValue[]) => PyValue,
  __gt__: compare("__gt__") as (...args: PyValue[]) => PyValue,
  __ge__: compare("__ge__") as (...args: PyValue[]) => PyValue,
  __contains__: (self, key) => strContains(self as PyStr, key),
  __getitem__: (self, key) => strSubscript(self as PyStr, key),
  __len__: (self) => strLength(self as PyStr),
  __hash__: (self) => hashOf(self),
};
