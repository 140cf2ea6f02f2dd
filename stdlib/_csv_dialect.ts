/**
 * `_csv.Dialect`: a validated, immutable set of CSV options, built from a
 * registered name, any object with the option attributes (csv.py's dialect
 * classes) and keyword overrides, with CPython 3.11's checks and messages.
 * The registry of named dialects and `_csv.Error` live here too, since
 * resolving a name needs both.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import {
  isStr,
  type PyStr,
  strCodePointAt,
  strFromCodePoints,
  strLength,
} from "../vm/objects/str_wide.ts";
import type { PyType } from "../vm/objects/type.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { isPyException } from "../vm/objects/exceptions.ts";
import { intType } from "../vm/objects/core_types.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { isTrue } from "../vm/runtime/operators.ts";

export const csvErrorType = makeBuiltinType("Error", ExceptionType.Exception);
csvErrorType.dict.set("__module__", "_csv");
csvErrorType.invalidate();

export const csvError = (message: string) => new PyBaseException(csvErrorType, newTuple([message]));

export const QUOTE_MINIMAL = 0;
export const QUOTE_ALL = 1;
export const QUOTE_NONNUMERIC = 2;
export const QUOTE_NONE = 3;

/** An unset escapechar or quotechar (CPython's NOT_SET). */
export const NOT_SET = -1;

export const dialectType = makeBuiltinType("Dialect");

export class PyDialect extends PyObject {
  constructor(
    cls: PyType,
    readonly delimiter: number,
    readonly doublequote: boolean,
    readonly escapechar: number,
    readonly lineterminator: PyStr,
    readonly quotechar: number,
    readonly quoting: number,
    readonly skipinitialspace: boolean,
    readonly strict: boolean,
  ) {
    super(cls);
  }
}

/** The registry behind register_dialect/get_dialect (`_csv._dialects`). */
export const dialects = new PyDict();

export function dialectByName(name: PyValue): PyValue {
  const found = dialects.get(name);
  if (found === undefined) throw csvError("unknown dialect");
  return found;
}

const OPTIONS = [
  "delimiter",
  "doublequote",
  "escapechar",
  "lineterminator",
  "quotechar",
  "quoting",
  "skipinitialspace",
  "strict",
] as const;
type Option = (typeof OPTIONS)[number];

function character(
  name: string,
  value: PyValue | undefined,
  otherwise: number,
  noneAllowed: boolean,
) {
  if (value === undefined) return otherwise;
  if (value === null && noneAllowed) return NOT_SET;
  if (!isStr(value)) {
    const expected = noneAllowed ? "string or None" : "string";
    throw pyError("TypeError", `"${name}" must be ${expected}, not ${typeOf(value).tpName}`);
  }
  if (strLength(value) !== 1) throw pyError("TypeError", `"${name}" must be a 1-character string`);
  return strCodePointAt(value, 0);
}

function integer(name: string, value: PyValue | undefined, otherwise: number): number {
  if (value === undefined) return otherwise;
  if (typeof value === "boolean" || typeOf(value) !== intType) {
    throw pyError("TypeError", `"${name}" must be an integer`);
  }
  const n = indexValue(value);
  if (n > 2147483647 || n < -2147483648) {
    throw pyError("OverflowError", "Python int too large to convert to C int");
  }
  return Number(n);
}

/**
 * dialect_new: `dialect` (a name or an object) supplies the options the
 * keywords do not; an existing Dialect with no overrides is returned as is.
 */
export function makeDialect(
  cls: PyType,
  base: PyValue | undefined,
  overrides: Partial<Record<Option, PyValue>>,
): PyValue {
  let source = base;
  if (source !== undefined && isStr(source)) source = dialectByName(source);
  const noOverrides = OPTIONS.every((option) => overrides[option] === undefined);
  if (source instanceof PyDialect && noOverrides) return source;
  const given: Partial<Record<Option, PyValue>> = { ...overrides };
  if (source !== undefined) {
    for (const option of OPTIONS) {
      if (given[option] !== undefined) continue;
      try {
        given[option] = getAttribute(source, option);
      } catch (error) {
        if (!isPyException(error)) throw error;
      }
    }
  }
  const delimiter = character("delimiter", given.delimiter, 0x2c, false);
  const doublequote = given.doublequote === undefined ? true : isTrue(given.doublequote);
  const escapechar = character("escapechar", given.escapechar, NOT_SET, true);
  let lineterminator: PyStr | null = "\r\n";
  if (given.lineterminator !== undefined) {
    if (given.lineterminator === null) lineterminator = null;
    else if (!isStr(given.lineterminator)) {
      throw pyError("TypeError", '"lineterminator" must be a string');
    } else lineterminator = given.lineterminator;
  }
  const quotechar = character("quotechar", given.quotechar, 0x22, true);
  let quoting = integer("quoting", given.quoting, QUOTE_MINIMAL);
  const skipinitialspace = given.skipinitialspace === undefined
    ? false
    : isTrue(given.skipinitialspace);
  const strict = given.strict === undefined ? false : isTrue(given.strict);
  if (quoting < QUOTE_MINIMAL || quoting > QUOTE_NONE) {
    throw pyError("TypeError", 'bad "quoting" value');
  }
  if (given.quotechar === null && given.quoting === undefined) quoting = QUOTE_NONE;
  if (quoting !== QUOTE_NONE && quotechar === NOT_SET) {
    throw pyError("TypeError", "quotechar must be set if quoting enabled");
  }
  if (lineterminator === null) throw pyError("TypeError", "lineterminator must be set");
  return new PyDialect(
    cls,
    delimiter,
    doublequote,
    escapechar,
    lineterminator,
    quotechar,
    quoting,
    skipinitialspace,
    strict,
  );
}

/** Positional and keyword arguments of Dialect(), named as PyArg_ParseTupleAndKeywords names them. */
export function dialectFromArguments(
  cls: PyType,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const names = ["dialect", ...OPTIONS];
  const keywordCount = kwnames?.length ?? 0;
  const positional = args.length - keywordCount;
  if (positional > names.length) {
    throw pyError(
      "TypeError",
      `function takes at most ${names.length} arguments (${positional} given)`,
    );
  }
  const values: Record<string, PyValue> = {};
  for (let i = 0; i < positional; i++) values[names[i]] = args[i];
  for (let k = 0; k < keywordCount; k++) {
    const name = kwnames![k];
    if (!names.includes(name)) {
      throw pyError("TypeError", `'${name}' is an invalid keyword argument for this function`);
    }
    if (name in values) {
      const position = names.indexOf(name) + 1;
      throw pyError(
        "TypeError",
        `argument for function given by name ('${name}') and position (${position})`,
      );
    }
    values[name] = args[positional + k];
  }
  const { dialect, ...overrides } = values;
  return makeDialect(cls, dialect, overrides);
}

registerConstructor(dialectType, (cls, args, kwnames) => dialectFromArguments(cls, args, kwnames));

const asCharacter = (codePoint: number) =>
  codePoint === NOT_SET ? null : strFromCodePoints([codePoint]);
const readonly = () => {
  throw pyError("AttributeError", "readonly attribute");
};

defineGetSets(dialectType, {
  delimiter: [(self: PyDialect) => asCharacter(self.delimiter)],
  escapechar: [(self: PyDialect) => asCharacter(self.escapechar)],
  lineterminator: [(self: PyDialect) => self.lineterminator],
  quotechar: [(self: PyDialect) => asCharacter(self.quotechar)],
  quoting: [(self: PyDialect) => self.quoting],
  skipinitialspace: [(self: PyDialect) => self.skipinitialspace, readonly],
  doublequote: [(self: PyDialect) => self.doublequote, readonly],
  strict: [(self: PyDialect) => self.strict, readonly],
});
dialectType.dict.set(
  "__doc__",
  "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n",
);
