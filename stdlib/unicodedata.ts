/**
 * `unicodedata` on Unicode 14.0.0 (Python 3.11's database): the property
 * functions, names (vm/unicode/names.ts, from @unicode/unicode-14.0.0),
 * normalization (unicodedata_normalize.ts) and the `UCD` type, whose one
 * other instance `ucd_3_2_0` answers as Unicode 3.2.0 did, for IDNA's
 * stringprep. The tables are in unicodedata_tables.ts.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import {
  codePointsOf,
  isStr,
  type PyStr,
  strCodePointAt,
  strFromCodePoints,
  strLength,
  toJsString,
} from "../vm/objects/str_wide.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { characterName, isNameAlias, lookupCharacterName } from "../vm/unicode/names.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import { recordOf, unassignedIn3_2_0, unicodeTables } from "./unicodedata_tables.ts";
import { compose, decompose } from "./unicodedata_normalize.ts";

export const ucdType = makeBuiltinType("UCD", undefined, { subclassable: false });

/** A database version: the module itself (14.0.0) or ucd_3_2_0. */
class PyUCD extends PyObject {
  constructor(readonly version: string, readonly v3_2_0: boolean) {
    super(ucdType);
  }
}

const CURRENT = new PyUCD("14.0.0", false);
const UCD_3_2_0 = new PyUCD("3.2.0", true);

registerConstructor(ucdType, () => {
  throw pyError("TypeError", "cannot create 'unicodedata.UCD' instances");
});

/** The code point of a one-character str argument. */
function character(value: PyValue, functionName: string, positional: string): number {
  if (isStr(value) && strLength(value) === 1) return strCodePointAt(value, 0);
  throw pyError(
    "TypeError",
    `${functionName}() ${positional} must be a unicode character, not ${
      value === null ? "None" : typeOf(value).tpName
    }`,
  );
}

/** 3.2.0's answer when it differs: undefined means "as 14.0.0". */
function changes(db: PyUCD, codePoint: number) {
  return db.v3_2_0 ? unicodeTables().changes3_2_0.get(codePoint) : undefined;
}

const unassigned = (db: PyUCD, codePoint: number) => db.v3_2_0 && unassignedIn3_2_0(codePoint);

function category(db: PyUCD, value: PyValue): string {
  const codePoint = character(value, "category", "argument");
  if (unassigned(db, codePoint)) return "Cn";
  return changes(db, codePoint)?.category ?? recordOf(codePoint).category;
}

function bidirectional(db: PyUCD, value: PyValue): string {
  const codePoint = character(value, "bidirectional", "argument");
  if (unassigned(db, codePoint)) return "";
  return changes(db, codePoint)?.bidirectional ?? recordOf(codePoint).bidirectional;
}

function combining(db: PyUCD, value: PyValue): number {
  const codePoint = character(value, "combining", "argument");
  return unassigned(db, codePoint) ? 0 : recordOf(codePoint).combining;
}

function eastAsianWidth(db: PyUCD, value: PyValue): string {
  const codePoint = character(value, "east_asian_width", "argument");
  if (unassigned(db, codePoint)) return "F";
  return changes(db, codePoint)?.eastAsianWidth ?? recordOf(codePoint).eastAsianWidth;
}

function mirrored(db: PyUCD, value: PyValue): number {
  const codePoint = character(value, "mirrored", "argument");
  if (unassigned(db, codePoint)) return 0;
  return changes(db, codePoint)?.mirrored ?? recordOf(codePoint).mirrored;
}

function decomposition(db: PyUCD, value: PyValue): string {
  const codePoint = character(value, "decomposition", "argument");
  if (unassigned(db, codePoint)) return "";
  const found = unicodeTables().decompositions.get(codePoint);
  if (found === undefined) return "";
  const hex = found.targets.map((target) => target.toString(16).toUpperCase().padStart(4, "0"));
  return (found.tag === "" ? hex : [found.tag, ...hex]).join(" ");
}

/** decimal(), digit() and numeric(): the value, the default, or ValueError. */
function numberFunction(
  name: "decimal" | "digit" | "numeric",
  message: string,
  valueOf: (db: PyUCD, codePoint: number) => number | null,
  asFloat: boolean,
) {
  return (db: PyUCD, value: PyValue, otherwise?: PyValue): PyValue => {
    const number = valueOf(db, character(value, name, "argument 1"));
    if (number !== null) return asFloat ? new PyFloat(number) : number;
    if (otherwise === undefined) throw pyError("ValueError", message);
    return otherwise;
  };
}

function tableNumber(codePoint: number, kinds: readonly string[]): number | null {
  const found = unicodeTables().numerics.get(codePoint);
  return found !== undefined && kinds.includes(found.kind) ? found.value : null;
}

const decimal = numberFunction("decimal", "not a decimal", (db, codePoint) => {
  if (unassigned(db, codePoint)) return null;
  const changed = changes(db, codePoint)?.decimal;
  return changed !== undefined ? changed : tableNumber(codePoint, ["decimal"]);
}, false);

// CPython's digit() ignores the database version.
const digit = numberFunction(
  "digit",
  "not a digit",
  (_db, codePoint) => tableNumber(codePoint, ["decimal", "digit"]),
  false,
);

const numeric = numberFunction("numeric", "not a numeric character", (db, codePoint) => {
  if (unassigned(db, codePoint)) return null;
  const changed = changes(db, codePoint)?.numeric;
  return changed !== undefined ? changed : tableNumber(codePoint, ["decimal", "digit", "numeric"]);
}, true);

function name(db: PyUCD, value: PyValue, otherwise?: PyValue): PyValue {
  const codePoint = character(value, "name", "argument 1");
  const found = unassigned(db, codePoint) ? undefined : characterName(codePoint);
  if (found !== undefined) return found;
  if (otherwise === undefined) throw pyError("ValueError", "no such name");
  return otherwise;
}

const NAME_MAX = 256;

function lookup(db: PyUCD, value: PyValue): PyValue {
  let text: string;
  if (isStr(value)) text = toJsString(value);
  else if (value instanceof PyBytes) text = String.fromCharCode(...value.bytes);
  else {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).tpName}'`);
  }
  if (text.length > NAME_MAX) throw pyError("KeyError", "name too long");
  const codePoint = lookupCharacterName(text);
  if (codePoint !== undefined) {
    if (!(db.v3_2_0 && (unassignedIn3_2_0(codePoint) || isNameAlias(text)))) {
      return strFromCodePoints([codePoint]);
    }
  } else if (!db.v3_2_0) {
    const sequence = unicodeTables().namedSequences.get(
      text.replace(/[a-z]+/g, (run) => run.toUpperCase()),
    );
    if (sequence !== undefined) return strFromCodePoints(sequence);
  }
  const shown = text.includes("\0") ? text.slice(0, text.indexOf("\0")) : text;
  throw pyError("KeyError", `undefined character name '${shown}'`);
}

const FORMS = { NFC: [true, false], NFKC: [true, true], NFD: [false, false], NFKD: [false, true] };

function normalizeArguments(function_: string, form: PyValue, text: PyValue) {
  for (const [position, argument] of [[1, form], [2, text]] as const) {
    if (!isStr(argument)) {
      throw pyError(
        "TypeError",
        `${function_}() argument ${position} must be str, not ${typeOf(argument).tpName}`,
      );
    }
  }
  const spec = FORMS[toJsString(form as PyStr) as keyof typeof FORMS];
  if (spec === undefined) throw pyError("ValueError", "invalid normalization form");
  return spec;
}

function normalized(db: PyUCD, composed: boolean, compatibility: boolean, text: PyStr): PyStr {
  const points = codePointsOf(text);
  // ASCII is invariant under every form.
  if (points.every((point) => point < 0x80)) return text;
  const result = (composed ? compose : decompose)(points, compatibility, db.v3_2_0);
  return strFromCodePoints(result);
}

function normalize(db: PyUCD, form: PyValue, text: PyValue): PyValue {
  const [composed, compatibility] = normalizeArguments("normalize", form, text);
  return normalized(db, composed, compatibility, text as PyStr);
}

function isNormalized(db: PyUCD, form: PyValue, text: PyValue): boolean {
  const [composed, compatibility] = normalizeArguments("is_normalized", form, text);
  const before = codePointsOf(text as PyStr);
  const after = codePointsOf(normalized(db, composed, compatibility, text as PyStr));
  return before.length === after.length && before.every((point, i) => point === after[i]);
}

/** The functions of both the module and UCD objects: [signature, implementation taking db first]. */
// deno-lint-ignore no-explicit-any
const FUNCTIONS: Record<string, [string, (db: PyUCD, ...args: any[]) => PyValue]> = {
  decimal: ["chr, default=?, /", decimal],
  digit: ["chr, default=?, /", digit],
  numeric: ["chr, default=?, /", numeric],
  category: ["chr, /", category],
  bidirectional: ["chr, /", bidirectional],
  combining: ["chr, /", combining],
  mirrored: ["chr, /", mirrored],
  east_asian_width: ["chr, /", eastAsianWidth],
  decomposition: ["chr, /", decomposition],
  is_normalized: ["form, unistr, /", isNormalized],
  normalize: ["form, unistr, /", normalize],
  name: ["chr, default=?, /", name],
  lookup: ["name, /", lookup],
};

defineNativeMethods(
  ucdType,
  Object.fromEntries(
    Object.entries(FUNCTIONS).map(([key, [signature, f]]) => [key, [signature, f]]),
  ),
);
defineGetSets(ucdType, { unidata_version: [(self: PyUCD) => self.version] });

export function createUnicodedataModule(): PyModule {
  const module = newModule("unicodedata", MODULE_DOC);
  addFunctions(
    module,
    Object.fromEntries(
      Object.entries(FUNCTIONS).map((
        [key, [signature, f]],
      ) => [key, [signature, (...args: PyValue[]) => f(CURRENT, ...args)]]),
    ),
  );
  addTypes(module, [ucdType]);
  addValues(module, { unidata_version: CURRENT.version, ucd_3_2_0: UCD_3_2_0 });
  return module;
}

const MODULE_DOC = "This module provides access to the Unicode Character Database which\n" +
  "defines character properties for all Unicode characters. The data in\n" +
  "this database is based on the UnicodeData.txt file version\n" +
  "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n" +
  "The module uses the same names and symbols as defined by the\n" +
  "UnicodeData File Format 14.0.0.";
