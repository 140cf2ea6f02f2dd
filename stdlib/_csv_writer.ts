/**
 * `_csv.writer`: joins a row's fields into one line as CPython 3.11 does.
 * A field is quoted when the quoting style says so or (QUOTE_MINIMAL) when
 * it holds the delimiter, the quotechar, the escapechar or a character of
 * the lineterminator; a quotechar inside is doubled (doublequote) or
 * escaped, and under QUOTE_NONE every such character is escaped. None is an
 * empty field; other non-strings go through str().
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { complexType } from "../vm/objects/complex.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { codePointsOf, isStr, type PyStr, strFromCodePoints } from "../vm/objects/str_wide.ts";
import { strOf } from "../vm/objects/str_convert.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getIterator, iterateValues } from "../vm/runtime/iteration.ts";
import { isPyException } from "../vm/objects/exceptions.ts";
import {
  csvError,
  NOT_SET,
  type PyDialect,
  QUOTE_ALL,
  QUOTE_NONE,
  QUOTE_NONNUMERIC,
} from "./_csv_dialect.ts";

export const writerType = makeBuiltinType("writer");
writerType.dict.set("__module__", "_csv");
writerType.dict.set(
  "__doc__",
  "CSV writer\n\nWriter objects are responsible for generating tabular data\n" +
    "in CSV format from sequence input.\n",
);

export class PyCsvWriter extends PyObject {
  constructor(readonly write: PyValue, readonly dialect: PyDialect) {
    super(writerType);
  }
}

/** PyNumber_Check: int, float, complex, or anything with __index__, __int__ or __float__. */
function isNumber(value: PyValue): boolean {
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    return true;
  }
  const type = typeOf(value);
  return type.isSubtypeOf(complexType) ||
    ["__index__", "__int__", "__float__"].some((name) => type.lookup(name) !== undefined);
}

/** Append one field (undefined: None) to `record`; quoting decided as join_append_data. */
function appendField(
  record: number[],
  dialect: PyDialect,
  field: PyStr | undefined,
  quoted: boolean,
  first: boolean,
): void {
  if (!first) record.push(dialect.delimiter);
  const body: number[] = [];
  const terminator = codePointsOf(dialect.lineterminator);
  for (const c of field === undefined ? [] : codePointsOf(field)) {
    const special = c === dialect.delimiter || c === dialect.escapechar ||
      c === dialect.quotechar || terminator.includes(c);
    if (special) {
      let escape = false;
      if (dialect.quoting === QUOTE_NONE) escape = true;
      else {
        if (c === dialect.quotechar) {
          if (dialect.doublequote) body.push(dialect.quotechar);
          else escape = true;
        } else if (c === dialect.escapechar) escape = true;
        if (!escape) quoted = true;
      }
      if (escape) {
        if (dialect.escapechar === NOT_SET) throw csvError("need to escape, but no escapechar set");
        body.push(dialect.escapechar);
      }
    }
    body.push(c);
  }
  if (quoted) record.push(dialect.quotechar, ...body, dialect.quotechar);
  else record.push(...body);
}

function writeRow(self: PyCsvWriter, row: PyValue): PyValue {
  const dialect = self.dialect;
  let iterator: PyValue;
  try {
    iterator = getIterator(row);
  } catch (error) {
    if (!isPyException(error) || !error.cls.isSubtypeOf(ExceptionType.TypeError)) throw error;
    throw csvError(`iterable expected, not ${typeOf(row).tpName}`);
  }
  const record: number[] = [];
  let count = 0;
  for (const field of iterateValues(iterator)) {
    const quoted = dialect.quoting === QUOTE_ALL ||
      (dialect.quoting === QUOTE_NONNUMERIC && !isNumber(field));
    const text = field === null ? undefined : isStr(field) ? field : strOf(field);
    appendField(record, dialect, text, quoted, count === 0);
    count++;
  }
  if (count > 0 && record.length === 0) {
    // a single empty field must be quoted, or the line would read back as no field
    if (dialect.quoting === QUOTE_NONE) throw csvError("single empty field record must be quoted");
    appendField(record, dialect, undefined, true, true);
  }
  record.push(...codePointsOf(dialect.lineterminator));
  return callObject(self.write, [strFromCodePoints(record)], null);
}

defineNativeMethods(writerType, {
  writerow: ["row, /", writeRow, {
    doc: "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields.  " +
      "Non-string\nelements will be converted to string.",
  }],
  writerows: ["rows, /", (self: PyCsvWriter, rows: PyValue) => {
    for (const row of iterateValues(rows)) writeRow(self, row);
    return null;
  }, {
    doc: "writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a " +
      "csv file.  Non-string\nelements will be converted to string.",
  }],
});
defineGetSets(writerType, { dialect: [(self: PyCsvWriter) => self.dialect] });
